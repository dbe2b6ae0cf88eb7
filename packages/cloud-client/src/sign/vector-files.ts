import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's copies of the shared signature vectors (see vectors/README.md). */
export const VECTORS_DIR = fileURLToPath(new URL('../../vectors/', import.meta.url));
/** The originals, beside the repository (../shared from its root), when they are there. */
export const SHARED_VECTORS_DIR = fileURLToPath(new URL('../../../../../shared/vectors/', import.meta.url));

export const VECTOR_FILES = ['cds-signature.json', 'mos-signature.json'] as const;

/** A vector file, parsed: tests only (the package's runtime never reads files). */
export function loadVectors(name: (typeof VECTOR_FILES)[number]): unknown {
  return JSON.parse(readFileSync(VECTORS_DIR + name, 'utf8'));
}

export const sharedVectorsPresent = () => existsSync(SHARED_VECTORS_DIR);
