import { describe, expect, it } from 'vitest';
import { format, languageFrom, makeT } from './i18n';
import { en } from './messages.en';
import { zh } from './messages.zh';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  it('use the same placeholders for each key', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, vars: placeholders(zh[key]) }).toEqual({ key, vars: placeholders(en[key]) });
    }
  });
  it('leave no message empty', () => {
    for (const [key, value] of [...Object.entries(en), ...Object.entries(zh)]) {
      expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
    }
  });
});

describe('t', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Page {n} of {m}', { n: 2 })).toBe('Page 2 of {m}');
    expect(makeT('en')('table.page', { n: 3 })).toBe('Page 3');
    expect(makeT('zh-CN')('table.page', { n: 3 })).toBe('第 3 页');
  });
});

describe('languageFrom', () => {
  it('maps every Chinese tag to zh-CN and the rest to English', () => {
    expect(languageFrom('zh')).toBe('zh-CN');
    expect(languageFrom('zh-TW')).toBe('zh-CN');
    expect(languageFrom('en-GB')).toBe('en');
    expect(languageFrom('fr')).toBe('en');
    expect(languageFrom(undefined)).toBe('en');
  });
});
