/**
 * What a person typed into a form, kept across an expired session: saved when the session ends
 * under the form, given back once when the same person opens the same form again after signing
 * in. sessionStorage only (this tab, gone with it), never a password or secret.
 */
export type DraftStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const DRAFT_PREFIX = 'console.draft:';
/** A draft older than this is stale: the form starts afresh. */
export const DRAFT_TTL_MS = 12 * 3600_000;

/** Field names never kept, whatever a form says: passwords, their confirmation, secrets, keys. */
const SECRET_NAME = /pass(word)?|secret|confirm|token|private.?key|credential/i;
export const isSecretName = (name: string) => SECRET_NAME.test(name);

interface Saved {
  owner: string;
  savedAt: number;
  value: unknown;
}

/** The value without its secret fields (named in `omit`, or by their names), at any depth. */
export function withoutSecrets(value: unknown, omit: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutSecrets(v));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !omit.includes(k) && !isSecretName(k))
      .map(([k, v]) => [k, withoutSecrets(v)]),
  );
}

const keyOf = (place: string) => `${DRAFT_PREFIX}${place}`;

/** Keeps one form field (or form object) of `place` ('/instances/new#form') for `owner`. */
export function saveDraft(store: DraftStore | undefined, place: string, owner: string, value: unknown, omit: readonly string[] = [], now = Date.now()) {
  if (!store || isSecretName(place.split('#').pop() ?? '')) return;
  try {
    store.setItem(keyOf(place), JSON.stringify({ owner, savedAt: now, value: withoutSecrets(value, omit) } satisfies Saved));
  } catch {
    // Storage full or blocked: the draft is lost, as it would have been without this.
  }
}

/** Forgets the kept value of `place` (it was given back, or the form starts afresh). */
export function dropDraft(store: DraftStore | undefined, place: string) {
  try {
    store?.removeItem(keyOf(place));
  } catch {
    // Blocked storage holds nothing to drop.
  }
}

/**
 * The kept value of `place` for `owner` (another person's or a stale one is not given). `once`
 * removes it as it is read; a component drops it after mounting instead (dropDraft), since React
 * may run a state initializer twice.
 */
export function takeDraft(store: DraftStore | undefined, place: string, owner: string, now = Date.now(), once = true): { value: unknown } | undefined {
  if (!store) return undefined;
  try {
    const raw = store.getItem(keyOf(place));
    if (!raw) return undefined;
    if (once) store.removeItem(keyOf(place));
    const saved = JSON.parse(raw) as Partial<Saved>;
    if (saved.owner !== owner || typeof saved.savedAt !== 'number' || now - saved.savedAt > DRAFT_TTL_MS) return undefined;
    return { value: saved.value };
  } catch {
    return undefined;
  }
}

/** The kept value put over the form's fresh one: objects field by field (secret fields stay fresh), else whole. */
export function mergeDraft<T>(fresh: T, kept: unknown): T {
  if (typeof fresh === 'object' && fresh !== null && !Array.isArray(fresh)) {
    if (typeof kept !== 'object' || kept === null || Array.isArray(kept)) return fresh;
    const known = Object.fromEntries(Object.entries(kept).filter(([k]) => k in (fresh as object)));
    return { ...fresh, ...known };
  }
  // A field: any plain value (a number input may hold the text typed), never an object for it.
  return kept === undefined || (typeof kept === 'object' && kept !== null) ? fresh : (kept as T);
}

/** The browser's sessionStorage, when there is one and it may be used. */
export function sessionStore(): DraftStore | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}
