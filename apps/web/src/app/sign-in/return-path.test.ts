import { describe, expect, it } from 'vitest';
import { loginHref, reasonFrom, safeNext } from './return-path';

describe('loginHref', () => {
  it('keeps the path and the query to come back to', () => {
    expect(loginHref('/instances', '?region=CN_Beijing_A&account=a1&status=running')).toBe(
      '/login?next=%2Finstances%3Fregion%3DCN_Beijing_A%26account%3Da1%26status%3Drunning',
    );
    const next = new URLSearchParams(loginHref('/audit', '?outcome=denied&range=24h').split('?')[1]).get('next');
    expect(next).toBe('/audit?outcome=denied&range=24h');
  });
  it('leaves the home page out and adds why the session ended', () => {
    expect(loginHref('/', '')).toBe('/login');
    expect(loginHref('/vdcs', '', 'expired')).toBe('/login?next=%2Fvdcs&reason=expired');
  });
});

describe('safeNext', () => {
  it('accepts paths of this console', () => {
    expect(safeNext('/instances?region=CN_Beijing_A')).toBe('/instances?region=CN_Beijing_A');
    expect(safeNext('/admin/people?q=ann&page=2')).toBe('/admin/people?q=ann&page=2');
  });
  it('refuses other hosts, odd values and the sign-in pages themselves', () => {
    for (const bad of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'instances', '', null, '/login', '/login?next=/x', '/setup']) {
      expect(safeNext(bad)).toBe('/');
    }
  });
});

describe('reasonFrom', () => {
  it('reads only known reasons', () => {
    expect(reasonFrom(new URLSearchParams('reason=passwordChanged'))).toBe('passwordChanged');
    expect(reasonFrom(new URLSearchParams('reason=<script>'))).toBeUndefined();
  });
});
