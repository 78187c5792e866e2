import { runBackupCli, runRestoreCli } from './backup/backup-cli';

// `npm run backup -- --help` and `npm run restore -- --help`; the first argument names the command.
const [command, ...argv] = process.argv.slice(2);
(command === 'restore' ? runRestoreCli : runBackupCli)(argv, {
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
