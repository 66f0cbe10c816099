import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Module boundaries (docs/architecture.md): which package may import which, and a pure domain.
 * domain → nothing of ours, no I/O, no clock or environment; contracts → domain; db → domain;
 * server → domain, contracts, db; web → domain, contracts (types only); cli → domain, db, server.
 */
const ALLOWED: Record<string, string[]> = {
  domain: [],
  contracts: ['domain'],
  db: ['domain'],
  server: ['domain', 'contracts', 'db'],
  web: ['domain', 'contracts'],
  cli: ['domain', 'contracts', 'db', 'server'],
};
const DOMAIN_FORBIDDEN = [/from 'node:/, /process\.env/, /Date\.now\(/, /new Date\(\)/, /Math\.random\(/];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : files(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const problems: string[] = [];
for (const [pkg, allowed] of Object.entries(ALLOWED)) {
  for (const file of files(path.join('packages', pkg, 'src'))) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/from '@ips-bridge\/(\w+)/g)) {
      const target = match[1] ?? '';
      if (target !== pkg && !allowed.includes(target))
        problems.push(`${file}: ${pkg} may not import @ips-bridge/${target}`);
    }
    // The web app takes only types from the contracts, so zod stays out of the browser bundle.
    if (pkg === 'web' && /^(import|export) \{[^}]*\} from '@ips-bridge\/contracts'/m.test(source)) {
      problems.push(`${file}: import only types from @ips-bridge/contracts`);
    }
    if (pkg === 'domain' && !file.endsWith('.test.ts')) {
      for (const pattern of DOMAIN_FORBIDDEN) {
        if (pattern.test(source)) problems.push(`${file}: the domain must stay pure (${pattern.source})`);
      }
    }
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
process.stdout.write('module boundaries ok\n');
