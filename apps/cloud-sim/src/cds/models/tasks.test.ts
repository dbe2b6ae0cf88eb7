import { describe, expect, it } from 'vitest';
import { World } from './world';

const KEY = { accessKeyId: 'AK1', secret: 'SK1' };
const startedAt = (iso: string) => new World({ seed: 42, taskMs: 1000, ...KEY, clock: () => Date.parse(iso) });
const ids = (w: World, n: number) => Array.from({ length: n }, () => w.account(KEY.accessKeyId)!.tasks.create('probe', []).taskId);

describe('task ids', () => {
  it('are 7-digit numbers counting up, as in the document', () => {
    const got = ids(startedAt('2026-12-01T10:00:00Z'), 3);
    for (const id of got) expect(id).toMatch(/^[1-9]\d{6}$/);
    expect(got.map(Number)).toEqual([Number(got[0]), Number(got[0]) + 1, Number(got[0]) + 2]);
  });

  it('never repeat across two starts with the same seed: a later start counts above the earlier one', () => {
    // The console's audit log outlives a simulator: the same seed must not hand out an old task's id again.
    const first = ids(startedAt('2026-12-01T10:00:00Z'), 50);
    const second = ids(startedAt('2026-12-01T10:32:00Z'), 50);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
    expect(Number(second[0])).toBeGreaterThan(Number(first.at(-1)));
  });

  it('are the same for the same seed at the same instant, and differ between accounts', () => {
    expect(ids(startedAt('2026-12-01T10:00:00Z'), 3)).toEqual(ids(startedAt('2026-12-01T10:00:00Z'), 3));
    const w = startedAt('2026-12-01T10:00:00Z');
    const other = w.addAccount('AK2', 'SK2');
    expect(other.tasks.create('probe', []).taskId).not.toBe(ids(w, 1)[0]);
  });
});
