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
  it('reads the MOS account of the environment, with its key pair required', () => {
    expect(configFromEnv({}).mos).toBeUndefined();
    expect(configFromEnv({}).mosFormat).toBe('json');
    expect(() => configFromEnv({ MOS_ENDPOINT: 'https://mosapi.example.com/mcs/v1' })).toThrow(/MOS_ACCESS_KEY_ID and MOS_ACCESS_KEY_SECRET/);
    const c = configFromEnv({ MOS_ENDPOINT: 'https://mosapi.example.com/mcs/v1', MOS_REGION: 'Beijing', MOS_ACCESS_KEY_ID: 'k', MOS_ACCESS_KEY_SECRET: 's', MOS_RESPONSE_FORMAT: 'xml' });
    expect(c.mos).toEqual({ endpoint: 'https://mosapi.example.com/mcs/v1', region: 'Beijing', accessKeyId: 'k', secret: 's' });
    expect(c.mosFormat).toBe('xml');
    expect(() => configFromEnv({ MOS_RESPONSE_FORMAT: 'yaml' })).toThrow(/MOS_RESPONSE_FORMAT must be json or xml/);
  });
  it('reads TRUST_PROXY and ALLOWED_ORIGINS as lists, none by default', () => {
    expect(configFromEnv({})).toMatchObject({ trustProxy: [], allowedOrigins: [] });
    const c = configFromEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8', ALLOWED_ORIGINS: 'https://console.example.com' });
    expect(c).toMatchObject({ trustProxy: ['loopback', '10.0.0.0/8'], allowedOrigins: ['https://console.example.com'] });
    expect(() => configFromEnv({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
    expect(() => configFromEnv({ ALLOWED_ORIGINS: 'console.example.com' })).toThrow(/ALLOWED_ORIGINS/);
    expect(configFromEnv({ DEFAULT_CDS_ACCOUNT: 'Production' }).defaultAccounts).toEqual({ cds: 'Production', mos: undefined });
  });
});
