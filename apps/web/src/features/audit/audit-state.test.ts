import { describe, expect, it } from 'vitest';
import {
  actionLabelKey,
  auditApiParams,
  auditFiltered,
  auditRefreshMs,
  parseAuditState,
  rangeInverted,
  serializeAuditState,
  withAuditFilter,
  type AuditState,
} from './audit-state';

const parse = (q: string) => parseAuditState(new URLSearchParams(q));

describe('audit filters in the URL', () => {
  it('reads every filter and the page', () => {
    expect(parse('user=ann&action=CreateInstance&outcome=denied&range=24h&page=3&size=100')).toEqual({
      user: 'ann',
      action: 'CreateInstance',
      outcome: 'denied',
      range: '24h',
      page: 3,
      size: 100,
    });
  });

  it('falls back to the defaults for anything malformed', () => {
    expect(parse('outcome=maybe&range=forever&page=-2&size=7&user=%20%20')).toEqual({ page: 1, size: 50 });
  });

  it('keeps from–to only with a custom range and only when they are date-times', () => {
    expect(parse('range=custom&from=2026-03-01T09:30&to=2026-03-02T18:00')).toMatchObject({
      range: 'custom',
      from: '2026-03-01T09:30',
      to: '2026-03-02T18:00',
    });
    expect(parse('range=24h&from=2026-03-01T09:30')).not.toHaveProperty('from');
    expect(parse('range=custom&from=yesterday').from).toBeUndefined();
  });

  it('writes back the same URL it read, defaults left out', () => {
    for (const q of ['', 'user=ann', 'action=Login&resource=ins-1&outcome=success&range=1h', 'range=custom&from=2026-03-01T09%3A30&to=2026-03-02T18%3A00&page=2&size=20']) {
      expect(serializeAuditState(parse(q)).toString()).toBe(q);
    }
  });

  it('goes back to page 1 when a filter changes', () => {
    const s: AuditState = { page: 4, size: 50, outcome: 'success' };
    expect(withAuditFilter(s, { outcome: 'error' })).toEqual({ page: 1, size: 50, outcome: 'error' });
  });

  it('notices a custom range that ends before it starts', () => {
    expect(rangeInverted(parse('range=custom&from=2026-03-02T00:00&to=2026-03-01T00:00'))).toBe(true);
    expect(rangeInverted(parse('range=custom&from=2026-03-01T00:00&to=2026-03-02T00:00'))).toBe(false);
  });
});

describe('auditApiParams', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  it('counts relative ranges back from now and pages', () => {
    const p = auditApiParams(parse('user=ann&outcome=denied&range=1h&page=2&size=20'), now);
    expect(Object.fromEntries(p)).toEqual({ user: 'ann', outcome: 'denied', from: '2026-03-10T11:00:00.000Z', page: '2', pageSize: '20' });
    expect(auditApiParams(parse('range=7d'), now).get('from')).toBe('2026-03-03T12:00:00.000Z');
  });
  it('sends a custom range as ISO instants of the local times', () => {
    const p = auditApiParams(parse('range=custom&from=2026-03-01T09:30&to=2026-03-02T18:00'), now, false);
    expect(p.get('from')).toBe(new Date(2026, 2, 1, 9, 30).toISOString());
    expect(p.get('to')).toBe(new Date(2026, 2, 2, 18, 0).toISOString());
    expect(p.has('page')).toBe(false);
  });
  it('sends no bounds for any time', () => {
    expect(auditApiParams(parse(''), now).has('from')).toBe(false);
  });
});

describe('the resource filter', () => {
  it('is read from the URL, trimmed and bounded, and sent to the API', () => {
    expect(parse('resource=%20web-1%20').resource).toBe('web-1');
    expect(parse(`resource=${'x'.repeat(300)}`).resource).toHaveLength(128);
    expect(auditApiParams(parse('resource=ins-9&page=2'), 0).get('resource')).toBe('ins-9');
    expect(auditApiParams(parse('resource=ins-9'), 0, false).get('resource')).toBe('ins-9');
  });
  it('counts as a filter, and a new resource goes back to page 1', () => {
    expect(auditFiltered(parse('resource=a'))).toBe(true);
    expect(auditFiltered(parse('page=3'))).toBe(false);
    expect(withAuditFilter(parse('page=3'), { resource: 'ins-1' })).toEqual({ page: 1, size: 50, resource: 'ins-1' });
  });
});

describe('one row per request', () => {
  it('looks again every 3 s while a row is pending, every 30 s otherwise', () => {
    expect(auditRefreshMs(['success', 'pending'])).toBe(3_000);
    expect(auditRefreshMs(['success', 'upstream_error'])).toBe(30_000);
    expect(auditRefreshMs(undefined)).toBe(30_000);
  });
  it('names the console words of cloud and console actions by one key scheme', () => {
    expect(actionLabelKey({ provider: 'cds', product: 'ccs', action: 'RebootInstance' })).toBe('audit.act.cds/ccs/RebootInstance');
    expect(actionLabelKey({ provider: 'console', product: 'people', action: 'CreateUser' })).toBe('audit.act.console/CreateUser');
  });
});
