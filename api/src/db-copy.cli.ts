import { runDatabaseCopyCli } from './database-copy/database-copy-cli';

// `npm run db:copy -- --help`: a SQLite database into an empty PostgreSQL database.
runDatabaseCopyCli(process.argv.slice(2), {
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
