import { describe, expect, it } from 'vitest';
import { redactParams } from './redact';

describe('redactParams', () => {
  it('removes passwords and secrets at any depth and keeps the rest', () => {
    const out = redactParams({
      Password: 'Str0ng!Pass',
      InstanceName: 'web',
      Nested: [{ adminPassword: 'x', secretKey: 'y', Size: 10 }],
    });
    expect(out).toEqual({
      Password: '[redacted]',
      InstanceName: 'web',
      Nested: [{ adminPassword: '[redacted]', secretKey: '[redacted]', Size: 10 }],
    });
    expect(JSON.stringify(out)).not.toContain('Str0ng');
  });
});

describe('redactParams on hostile input', () => {
  it('escapes NUL and lone surrogates, truncates long strings and names', () => {
    const out = redactParams({ ['k\u0000']: 'a\u0000b\ud800', Long: 'x'.repeat(5000) }) as Record<string, string>;
    expect(out['k\\u0000']).toBe('a\\u0000b\\ud800');
    expect(out.Long).toHaveLength(1024 + '…[3976 more characters]'.length);
    expect(redactParams(out)).toEqual(out);
  });

  it('summarises nesting 20,000 deep and long lists instead of overflowing', () => {
    const deep = JSON.parse('['.repeat(20_000) + ']'.repeat(20_000)) as unknown;
    expect(JSON.stringify(redactParams({ deep }))).toContain('[nested too deep]');
    const many = redactParams({ ids: Array.from({ length: 500 }, (_, i) => i) }) as { ids: unknown[] };
    expect(many.ids).toHaveLength(101);
    expect(many.ids[100]).toBe('[400 more items]');
  });

  it('still redacts secrets at the depths it keeps', () => {
    expect(redactParams({ a: { b: { Password: 'p' } } })).toEqual({ a: { b: { Password: '[redacted]' } } });
  });
});
