import { describe, expect, it } from 'vitest';
import { endpointPolicy } from './endpoint-policy';

const anyHost = endpointPolicy(['*']);

describe('endpointPolicy', () => {
  it('never allows link-local or metadata addresses, however they are written', () => {
    for (const url of [
      'http://169.254.169.254/',
      'http://169.254.169.254./',
      'http://2852039166/',
      'http://0xa9.0xfe.0xa9.0xfe/',
      'http://[::ffff:169.254.169.254]/',
      'http://[::ffff:a9fe:a9fe]/',
      'http://[::169.254.169.254]/',
      'http://[64:ff9b::169.254.169.254]/',
      'http://[fe80::1]/',
      'http://[febf::1]/',
      'http://[fd00:ec2::254]/',
      'http://[FD00:EC2:0:0::254]/',
      'http://metadata.google.internal./computeMetadata/v1',
      'http://100.100.100.200/',
    ]) {
      expect(anyHost.problem(url), url).toMatch(/Link-local and cloud metadata/);
    }
  });

  it('allows ordinary addresses when any host is allowed, and only the named ones otherwise', () => {
    for (const url of ['http://127.0.0.1:8787', 'http://[::1]:8787', 'http://[::ffff:10.0.0.1]/', 'http://[fd00:ec2::253]/', 'https://cdsapi.example.com']) {
      expect(anyHost.problem(url), url).toBeUndefined();
    }
    const named = endpointPolicy(['mos.example.com']);
    expect(named.problem('https://mos.example.com./mcs/v1')).toBeUndefined();
    expect(named.problem('https://evil.example.com/')).toMatch(/CUSTOM_ENDPOINT_HOSTS/);
  });
});
