import { rmSync } from 'node:fs';

// Removes the run's temporary SQLite database and its side files.
export default function globalTeardown(): void {
  const databaseFile = process.env['E2E_DATABASE_FILE'];
  if (!databaseFile) return;
  for (const suffix of ['', '-journal', '-wal', '-shm']) {
    rmSync(`${databaseFile}${suffix}`, { force: true });
  }
}
