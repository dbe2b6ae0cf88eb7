import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// CommonJS, so the child needs no loader: argv[1] is PGlite's entry, argv[2] the folder.
const CREATE_AND_CLOSE = `
const { PGlite } = require(process.argv[1]);
PGlite.create(process.argv[2]).then((db) => db.close()).then(
  () => process.exit(0),
  (err) => { process.stderr.write(String((err && err.message) || err)); process.exit(1); },
);`;

/**
 * Creates a new PGlite database folder (initdb) in a short-lived child process.
 *
 * Why: PGlite runs initdb in the process that creates the database, with a second PGlite
 * instance and a copy of its WebAssembly heap, and keeps them reachable afterwards. A BFF that
 * created its database in-process stayed at 860-900 MB RSS for its whole life, against
 * 380-400 MB when it opened an existing folder. In a child, that memory is returned when the
 * child exits (after a few seconds, once per installation), and the BFF then opens the folder
 * exactly as on any later start.
 *
 * Resolves false when the folder already holds a database (nothing to do).
 */
export async function createPgliteFolder(where: string): Promise<boolean> {
  if (existsSync(path.join(where, 'PG_VERSION'))) return false;
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CREATE_AND_CLOSE, entry, where], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`initdb in a child process failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`)),
    );
  });
  return true;
}
