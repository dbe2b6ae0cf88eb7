import { describe, expect, it } from 'vitest';
import { DRAFT_PREFIX, DRAFT_TTL_MS, mergeDraft, saveDraft, takeDraft, withoutSecrets, type DraftStore } from './drafts';

function memory(): DraftStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const typed = {
  name: 'web-07',
  vdcId: 'vdc-1',
  password: 'Hunter2-Secret!',
  confirm: 'Hunter2-Secret!',
  disks: [{ type: 'ssd', size: 100 }],
  login: { user: 'root', sshPrivateKey: 'BEGIN KEY', secretToken: 'x' },
};

describe('draft keeping', () => {
  it('never stores a password, its confirmation or a secret, at any depth', () => {
    const store = memory();
    saveDraft(store, '/instances/new#form', 'u1', typed, ['vdcId'], 1000);
    const raw = store.data.get(`${DRAFT_PREFIX}/instances/new#form`)!;
    expect(raw).not.toContain('Hunter2');
    expect(raw).not.toContain('BEGIN KEY');
    expect(JSON.parse(raw).value).toEqual({ name: 'web-07', disks: [{ type: 'ssd', size: 100 }], login: { user: 'root' } });
    expect(withoutSecrets({ adminPass: 'p', apiToken: 't', note: 'n' })).toEqual({ note: 'n' });
  });

  it('does not keep a field kept under a secret name at all', () => {
    const store = memory();
    saveDraft(store, '/mos/new#password', 'u1', 'Hunter2-Secret!');
    expect(store.data.size).toBe(0);
  });

  it('gives it back once, to the same person only, and not when stale', () => {
    const store = memory();
    saveDraft(store, '/instances/new#form', 'u1', typed, [], 1000);
    expect(takeDraft(store, '/instances/new#form', 'u1', 2000)?.value).toMatchObject({ name: 'web-07' });
    expect(takeDraft(store, '/instances/new#form', 'u1', 2000)).toBeUndefined();

    saveDraft(store, '/instances/new#form', 'u1', typed, [], 1000);
    expect(takeDraft(store, '/instances/new#form', 'u2', 2000)).toBeUndefined(); // someone else signed in
    expect(store.data.size).toBe(0); // and it is gone

    saveDraft(store, '/instances/new#form', 'u1', typed, [], 1000);
    expect(takeDraft(store, '/instances/new#form', 'u1', 1000 + DRAFT_TTL_MS + 1)).toBeUndefined();

    saveDraft(store, '/a#f', 'u1', 'x', [], 1000);
    expect(takeDraft(store, '/a#f', 'u1', 1000, false)?.value).toBe('x'); // peek
    expect(takeDraft(store, '/a#f', 'u1', 1000)?.value).toBe('x');
  });

  it('puts kept fields over the fresh form, leaving the secret ones fresh', () => {
    const fresh = { name: '', vdcId: '', password: '', confirm: '', amount: 1 };
    const kept = withoutSecrets({ ...fresh, name: 'web-07', vdcId: 'vdc-1', password: 'p', confirm: 'p', amount: 3, stray: 1 });
    expect(mergeDraft(fresh, kept)).toEqual({ name: 'web-07', vdcId: 'vdc-1', password: '', confirm: '', amount: 3 });
    expect(mergeDraft<string | null>(null, 'm1.small')).toBe('m1.small');
    expect(mergeDraft<number | string>(1, '3')).toBe('3'); // a number input holds the text typed
    expect(mergeDraft(1, { x: 1 })).toBe(1); // an object for a plain field: the fresh value
    expect(mergeDraft({ a: 1 }, 'nope')).toEqual({ a: 1 });
  });
});
