// Writes src/client/actions/: the browser's view of the catalog (metadata typed by the full
// entries, no zod schemas). Run `pnpm --filter @console/api-types gen` after changing the catalog;
// a test fails while the files differ from what this script would write.
import { writeFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clientActionFiles } from '../src/client/generate';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/client/actions');
mkdirSync(dir, { recursive: true });
const files = clientActionFiles();
for (const name of readdirSync(dir)) if (!(name in files)) rmSync(path.join(dir, name));
for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
console.log(`wrote ${Object.keys(files).length} files to ${path.relative(process.cwd(), dir)}`);
