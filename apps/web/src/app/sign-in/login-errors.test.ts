import { describe, expect, it } from 'vitest';
import { makeT } from '../../i18n/i18n';
import { loginRefusal } from './login-errors';

const base = { message: 'x', requestId: 'r', httpStatus: 401 };
const t = makeT('en');

describe('loginRefusal', () => {
  it('names wrong credentials and a disabled account', () => {
    expect(loginRefusal({ ...base, code: 'InvalidCredentials' }, t, 'en', 0)).toBe('Wrong username or password.');
    expect(loginRefusal({ ...base, code: 'AccountDisabled', httpStatus: 403 }, t, 'en', 0)).toMatch(/disabled/);
  });

  it('says when a locked account opens again, in local time, and in how many minutes', () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    const msg = loginRefusal({ ...base, code: 'AccountLocked', httpStatus: 429, lockedUntil: '2026-03-01T10:14:30Z' }, t, 'en', now)!;
    expect(msg).toContain('15 min');
    expect(msg).toMatch(/2026/);
    expect(loginRefusal({ ...base, code: 'AccountLocked', httpStatus: 429, lockedUntil: '2026-03-01T09:00:00Z' }, t, 'en', now)).toMatch(/again now/);
    expect(loginRefusal({ ...base, code: 'AccountLocked', httpStatus: 429 }, t, 'en', now)).toMatch(/locked/i);
  });

  it('leaves other failures to the generic error notice', () => {
    expect(loginRefusal({ ...base, code: 'NetworkError', httpStatus: 0 }, t, 'en', 0)).toBeUndefined();
  });
});
