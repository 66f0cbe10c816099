import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * `npm test`: type-check, lint, module boundaries, the web build and its bundle budget, then the three test tiers
 * (unit, integration on real PostgreSQL, end-to-end in Chromium). The e2e tier needs Chromium at /usr/bin/chromium
 * (CHROMIUM_PATH overrides); see README.
 */
const REPORT = '.tmp/vitest-report.json';

const steps: [string, string[]][] = [
  ['typecheck', ['npm', 'run', '--silent', 'typecheck']],
  ['lint', ['npm', 'run', '--silent', 'lint']],
  ['boundaries', ['npm', 'run', '--silent', 'check:boundaries']],
  ['build web', ['npm', 'run', '--silent', 'build:web']],
  // The web performance budget (docs/performance.md) on the build just made: initial JavaScript of each of the
  // jobseeker's pages under 200 kB gzip, the charts never part of it.
  ['bundle budget', ['npm', 'run', '--silent', 'check:bundle']],
  ['tests', ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`]],
];

// A fresh Debian machine has no Chromium; as root we can install it from Debian's packages (about a minute).
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium) && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  process.stdout.write('▶ installing Chromium for the end-to-end tests (apt-get install chromium)\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

for (const [name, [command, ...args]] of steps) {
  process.stdout.write(`\n▶ ${name}\n`);
  const result = spawnSync(command ?? '', args, { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`\n✖ ${name} failed\n`);
    process.exit(result.status ?? 1);
  }
}
const report = JSON.parse(readFileSync(REPORT, 'utf8')) as {
  numPassedTests: number;
  numFailedTests: number;
  numFailedTestSuites: number;
  success: boolean;
};
// vitest's own exit status is not enough: a dependency's exit hook (the embedded PostgreSQL's) can end the process
// with 0 after failed tests. The report decides.
if (!report.success || report.numFailedTests > 0 || report.numFailedTestSuites > 0) {
  process.stderr.write(
    `\n✖ tests failed: ${report.numFailedTests} tests, ${report.numFailedTestSuites} files\n` +
      `${report.numPassedTests} passed, ${report.numFailedTests} failed\n`,
  );
  process.exit(1);
}
process.stdout.write('\n✔ all checks passed\n');
process.stdout.write(`${report.numPassedTests} passed, ${report.numFailedTests} failed\n`);
