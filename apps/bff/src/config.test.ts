import { describe, expect, it } from 'vitest';
import { configFromEnv, DEMO_SIM_KEY } from './config';

describe('configFromEnv', () => {
  it('defaults to the embedded simulator and its demo pair', () => {
    const c = configFromEnv({});
    expect(c.cds).toEqual({ endpoint: 'http://127.0.0.1:8787', accessKeyId: DEMO_SIM_KEY.id, secret: DEMO_SIM_KEY.secret });
    expect(c.port).toBe(8080);
  });
  it('requires a key pair for any other endpoint', () => {
    expect(() => configFromEnv({ CDS_ENDPOINT: 'https://cdsapi.capitalonline.net' })).toThrow(/CDS_ACCESS_KEY_ID/);
    const c = configFromEnv({ CDS_ENDPOINT: 'https://cdsapi.capitalonline.net', CDS_ACCESS_KEY_ID: 'a', CDS_ACCESS_KEY_SECRET: 'b' });
    expect(c.cds.accessKeyId).toBe('a');
  });
  it('names the bad variable', () => {
    expect(() => configFromEnv({ UPSTREAM_TIMEOUT_MS: 'soon' })).toThrow(/UPSTREAM_TIMEOUT_MS/);
    expect(() => configFromEnv({ CDS_ENDPOINT: 'not a url' })).toThrow(/CDS_ENDPOINT/);
  });
});
