import type { DiskGood } from '@console/api-types/client';
import type { MessageKey, Translate } from '../../i18n/i18n';

// Kept apart from create-form.ts (which carries the catalog's zod schemas) so the list's and the
// detail page's dialogs can use these rules without pulling zod into their chunks.

export interface DiskRow {
  /** Stable React key, not sent. */
  key: string;
  type: string;
  size: number | '';
}

/** Field errors, keyed by the entry's parameter path ("Password", "DataDisks.0.Size") or "confirm". */
export type FormErrors = Partial<Record<string, string>>;

/** A disk size against what the region sells: min, max and step. */
export function diskSizeProblem(size: number | '', good: DiskGood | undefined, t: Translate): string | undefined {
  if (size === '' || !Number.isFinite(size)) return t('create.err.diskSizeRequired');
  if (!good) return undefined;
  if (size < good.minSize || size > good.maxSize || (size - good.minSize) % good.step !== 0) {
    return t('create.err.diskSize', { min: good.minSize, max: good.maxSize, step: good.step });
  }
  return undefined;
}


/** Password rule parts shown live next to the field. */
export const PASSWORD_CHECKS: { key: MessageKey; test: (p: string) => boolean }[] = [
  { key: 'create.pw.length', test: (p) => p.length >= 8 && p.length <= 30 },
  { key: 'create.pw.upper', test: (p) => /[A-Z]/.test(p) },
  { key: 'create.pw.lower', test: (p) => /[a-z]/.test(p) },
  { key: 'create.pw.digit', test: (p) => /\d/.test(p) },
  { key: 'create.pw.symbol', test: (p) => /[^A-Za-z0-9]/.test(p) && /^[\x21-\x7e]*$/.test(p) },
];
