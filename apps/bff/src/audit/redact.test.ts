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
