import { describe, expect, it } from 'vitest';
import { CdsError } from '../exceptions';
import { parseRawQuery, rawQueryOf } from './query';

describe('parseRawQuery', () => {
  it("reads '+' as a space and percent-decodes UTF-8", () => {
    expect(parseRawQuery('Keyword=a+b%20c&Name=%E6%B5%8B%E8%AF%95&Plus=%2B&Tilde=~&T2=%7E')).toEqual({
      Keyword: 'a b c',
      Name: '测试',
      Plus: '+',
      Tilde: '~',
      T2: '~',
    });
  });

  it('keeps empty values, splits on the first "=" only and skips empty parts', () => {
    expect(parseRawQuery('A=&B&C=x=y&&')).toEqual({ A: '', B: '', C: 'x=y' });
    expect(parseRawQuery('')).toEqual({});
  });

  it('accepts a key repeated with the same value (the document\'s Python sample sends the signed URL\'s parameters again)', () => {
    expect(parseRawQuery('Action=X&A=1&Action=X&A=%31')).toEqual({ Action: 'X', A: '1' });
  });

  it('refuses a key given twice with different values, and bytes that are not UTF-8', () => {
    expect(() => parseRawQuery('A=1&A=2')).toThrow(/given more than once with different values/);
    expect(() => parseRawQuery('A=%E6%B5')).toThrow(/not percent-encoded UTF-8/);
    expect(() => parseRawQuery('A=%zz')).toThrow(CdsError);
  });

  it('does not let a key named __proto__ reach the prototype', () => {
    const q = parseRawQuery('__proto__=x&constructor=y');
    expect(q.__proto__).toBe('x');
    expect(Object.keys(q)).toEqual(['__proto__', 'constructor']);
  });

  it('takes the query from a URL', () => {
    expect(rawQueryOf('/ccs/?a=1&b=2')).toBe('a=1&b=2');
    expect(rawQueryOf('/ccs')).toBe('');
  });
});
