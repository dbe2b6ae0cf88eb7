import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * A freshly initdb'd (unmigrated) PGlite data dir as a tarball, cached in the temp folder per
 * PGlite version and shared by every test file and run: starting from it takes ~0.8 s instead of
 * initdb's 2-3 s. Written to a temp name and renamed, so a parallel or killed run never leaves a
 * half-written template. Migrations still run on every test database.
 *
 * Test support (not a test file, no vitest imports): the storage suites (testing.ts) and the
 * integration harness (test/fake-upstream.ts, for every in-memory BFF database) use it.
 */
let template: Promise<Blob> | undefined;
export function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    // The package does not export its package.json: read it beside the resolved entry (dist/).
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    const pkg = JSON.parse(await readFile(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
    const version = pkg.version;
    const file = path.join(tmpdir(), 'console-pglite-template', `pglite-${version}.tar`);
    try {
      return new Blob([await readFile(file)]);
    } catch {
      const lite = await PGlite.create();
      const dump = await lite.dumpDataDir('none');
      await lite.close();
      await mkdir(path.dirname(file), { recursive: true });
      const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
      await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      await rename(partial, file);
      return dump;
    }
  })();
  return template;
}
