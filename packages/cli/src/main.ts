import { ROLES } from '@ips-bridge/domain';
import { Argument, Command, Option } from 'commander';
import { runAuditSeal, runAuditVerify } from './commands/audit.ts';
import { runBackup } from './commands/backup.ts';
import { runBenefitsEstimate } from './commands/benefits-estimate.ts';
import { runCreateUser } from './commands/create-user.ts';
import { runImportCommand } from './commands/import.ts';
import { runMigrate } from './commands/migrate.ts';
import { runPrivacyRetention } from './commands/privacy.ts';
import { type RestoreCommandOptions, runRestore } from './commands/restore.ts';
import { runSeedDemo } from './commands/seed-demo.ts';
import { runStart } from './commands/start.ts';
import { exitWithError } from './exit.ts';

const program = new Command()
  .name('ips-bridge')
  .description(
    'IPS Bridge: the shared workspace for Individual Placement and Support.\nConfiguration comes from environment variables (see README).',
  )
  .showHelpAfterError();

program
  .command('start')
  .description(
    'Start the server: embedded PostgreSQL unless DATABASE_URL is set, migrations, demo data on an empty database',
  )
  .action(() => runStart().catch(exitWithError));

program
  .command('migrate')
  .description('Run pending database migrations and exit')
  .action(() => runMigrate().catch(exitWithError));

program
  .command('seed-demo')
  .description(
    'Load the demo organisations, users and participants (only into an empty database unless --force)',
  )
  .option('--force', 'seed even if users exist (fails if demo names are taken)')
  .action((options: { force?: boolean }) => runSeedDemo(options).catch(exitWithError));

program
  .command('create-user')
  .description(
    'Create a user with a local password; the password is read from the first line of standard input',
  )
  .requiredOption('--username <name>', 'login name, 3–64 of a–z, 0–9, . _ -')
  .requiredOption('--display-name <name>', 'the name shown to others')
  .addOption(new Option('--role <role>', 'the user’s role').choices(ROLES).makeOptionMandatory())
  .requiredOption('--organisation <name>', 'name of the employing organisation (must exist)')
  .option('--team <name>', 'name of the IPS team (for specialists and supervisors)')
  .action((options) => runCreateUser(options).catch(exitWithError));

program
  .command('import')
  .description(
    'Import participants, employers or jobs from a CSV or XLSX file into a team: all or nothing, each problem with its line (see docs/import.md)',
  )
  .addArgument(new Argument('<entity>', 'what the file holds').choices(['participants', 'employers', 'jobs']))
  .argument('<file>', 'a .csv or .xlsx file')
  .requiredOption('--team <name>', 'the IPS team to import into')
  .requiredOption('--as <username>', 'the specialist or supervisor of that team the import is recorded for')
  .option('--dry-run', 'check every row and write nothing')
  .action(
    (
      entity: 'participants' | 'employers' | 'jobs',
      file: string,
      options: { team: string; as: string; dryRun?: boolean },
    ) => runImportCommand(entity, file, options).catch(exitWithError),
  );

program
  .command('backup')
  .description(
    'Back up the database (embedded unless DATABASE_URL is set; it may be running) to one compressed file with a manifest of row counts and checksums (see docs/operations.md)',
  )
  .option(
    '-o, --out <file>',
    'the file to write, never overwritten ("-": standard output); default ips-bridge-backup-<time>.sql.gz here',
  )
  .action((options: { out?: string }) => runBackup(options).catch(exitWithError));

program
  .command('restore')
  .description(
    'Restore a backup into an empty database (embedded unless DATABASE_URL is set), then check every table’s row count and checksum against the backup',
  )
  .argument('<file>', 'a file written by ips-bridge backup')
  .option('--force-clean', 'delete everything in a target that is not empty first (asks for confirmation)')
  .option('-y, --yes', 'confirm --force-clean without asking (for scripts)')
  .option('--verify-only', 'only check that the file is complete and undamaged; touch no database')
  .action((file: string, options: RestoreCommandOptions) => runRestore(file, options).catch(exitWithError));

const audit = program
  .command('audit')
  .description('The audit log’s hash chain (see docs/operations.md, "Audit log integrity")');
audit
  .command('seal')
  .description(
    'Seal the audit rows whose transactions have committed into the hash chain now (the server does it every 2 s) and print the chain head',
  )
  .option('--wait <seconds>', 'how long to wait for transactions that are writing audit rows', '10')
  .action((options: { wait: string }) => runAuditSeal({ waitSeconds: options.wait }).catch(exitWithError));
audit
  .command('verify')
  .description(
    'Recompute the audit hash chain from its start: report the first row that was changed, deleted or added out of place, and the counts (exit 4 when broken)',
  )
  .option('--anchor <id:hash>', 'a chain head recorded earlier, which must still be in the chain unchanged')
  .option('--json', 'print the report as JSON')
  .action((options: { anchor?: string; json?: boolean }) => runAuditVerify(options).catch(exitWithError));

const privacy = program
  .command('privacy')
  .description('GDPR rights that run as maintenance (see docs/privacy-rights.md)');
privacy
  .command('retention')
  .description(
    'Anonymise every record whose journey ended RETENTION_YEARS_AFTER_END years ago or more (default 3), keeping an erasure record for each',
  )
  .option('--dry-run', 'list the records that are due and change nothing')
  .option('--json', 'print the report as JSON')
  .action((options: { dryRun?: boolean; json?: boolean }) =>
    runPrivacyRetention(options).catch(exitWithError),
  );

const benefits = program.command('benefits').description('Work-and-benefits calculations on Norwegian rules');
benefits
  .command('estimate')
  .description(
    'Estimate income, benefits, tax and net per month and year, from the JSON that POST /api/v1/benefits/estimate takes',
  )
  .option('-i, --input <file>', 'read the input from a file ("-" or none: standard input)')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'text']).default('text'))
  .addOption(
    new Option('-l, --locale <locale>', 'language of the text output')
      .choices(['nb', 'nn', 'en'])
      .default('nb'),
  )
  .action((options: { input?: string; format: 'json' | 'text'; locale: string }) =>
    runBenefitsEstimate(options).catch(exitWithError),
  );

await program.parseAsync(process.argv);
