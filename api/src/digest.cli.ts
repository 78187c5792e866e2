import { runDigestCli } from './notifications/digest-cli';

// `npm run digest -- --help`: the digests and the mail queue from the command line.
runDigestCli(process.argv.slice(2), {
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
