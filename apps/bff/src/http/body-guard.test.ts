import { describe, expect, it } from 'vitest';
import { BODY_LIMITS, findBodyProblem } from './body-guard';

describe('findBodyProblem', () => {
  it('accepts ordinary bodies, tabs and line breaks included', () => {
    expect(findBodyProblem({ UserData: '#!/bin/sh\n\techo hi\r\n', Ids: ['a', 'b'], Deep: { a: { b: 1 } } })).toBeUndefined();
  });

  it('names the field holding a control character, in values and in field names', () => {
    expect(findBodyProblem({ Disks: [{ Name: 'a\u0007' }] })).toMatchObject({ path: 'Disks.0.Name', message: expect.stringContaining('U+0007') });
    expect(findBodyProblem({ ['bad\u0000key']: 1 })?.message).toMatch(/field name/);
  });

  it('refuses lone surrogates, overlong strings and deep nesting', () => {
    expect(findBodyProblem({ Name: 'x\ud800' })?.message).toMatch(/surrogate/);
    expect(findBodyProblem({ Name: 'x'.repeat(BODY_LIMITS.maxString + 1) })?.path).toBe('Name');
    const deep = JSON.parse('['.repeat(BODY_LIMITS.maxDepth + 1) + ']'.repeat(BODY_LIMITS.maxDepth + 1)) as unknown;
    expect(findBodyProblem({ deep })?.message).toMatch(/nested/);
  });
});
