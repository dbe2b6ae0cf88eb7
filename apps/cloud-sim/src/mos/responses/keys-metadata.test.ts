import { constants, generateKeyPairSync, privateDecrypt } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PUBLIC_KEYS } from '../seed/demo';
import { errorOf, MOS_TEST_KEY, mosSuite, type mosTestClient } from '../testing/client';

const suite = mosSuite({ beforeAll, beforeEach, afterAll });
const call: ReturnType<typeof mosTestClient> = (...args) => suite.call(...args);

const error = errorOf;

/** An OpenSSH "ssh-rsa" line for a fresh RSA key, built by hand from its JWK (RFC 4253 §6.6). */
function freshRsa() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const u32 = (n: number) => {
    const x = Buffer.alloc(4);
    x.writeUInt32BE(n);
    return x;
  };
  const field = (b: Buffer) => Buffer.concat([u32(b.length), b]);
  const mpint = (b64: string) => {
    const b = Buffer.from(b64, 'base64url');
    return b[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b;
  };
  const blob = Buffer.concat([field(Buffer.from('ssh-rsa')), field(mpint(jwk.e!)), field(mpint(jwk.n!))]);
  return { line: `ssh-rsa ${blob.toString('base64')} test@vitest`, privateKey };
}

/** PKCS#1 v1.5 decryption by hand (Node refuses that padding for private decryption). */
function decryptPkcs1(privateKey: ReturnType<typeof freshRsa>['privateKey'], data: string) {
  const raw = privateDecrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, Buffer.from(data, 'base64'));
  expect([raw[0], raw[1]]).toEqual([0, 2]);
  return raw.subarray(raw.indexOf(0, 2) + 1).toString('utf8');
}

describe('key pairs', () => {
  it('imports a key with the fingerprint ssh-keygen -E md5 gives, lists it, deletes it by name', async () => {
    await call('DeleteKeyPair', { KeyName: 'alice-laptop' });
    const r = await call('ImportKeyPair', { KeyName: 'alice-again', PublicKeyMaterial: DEMO_PUBLIC_KEYS['alice-laptop'] });
    // `ssh-keygen -l -E md5` of that key printed MD5:67:96:70:3a:91:3d:bc:7b:35:a4:e9:6c:dd:e2:c3:fc.
    expect(r.body.ImportKeyPairResponse.KeyPair).toMatchObject({ keyName: 'alice-again', keyFingerprint: '67:96:70:3a:91:3d:bc:7b:35:a4:e9:6c:dd:e2:c3:fc' });
    const ed = await call('ImportKeyPair', { KeyName: 'ed', PublicKeyMaterial: DEMO_PUBLIC_KEYS['ops-bastion'].replace('ops-bastion', 'x') });
    // ssh-keygen: MD5:2b:85:3e:42:c7:93:e9:79:6b:d6:7f:64:06:d7:c3:be for the ed25519 key.
    expect(ed.body.ImportKeyPairResponse.KeyPair.keyFingerprint).toBe('2b:85:3e:42:c7:93:e9:79:6b:d6:7f:64:06:d7:c3:be');
    const list = (await call('DescribeKeyPairs', { Filters: [{ Name: 'name', Values: ['alice*'] }] })).body.DescribeKeyPairsResponse.KeyPairSet;
    expect(list).toMatchObject({ Total: 1, KeyPair: [{ keyName: 'alice-again' }] });
    expect((await call('DeleteKeyPair', { KeyName: 'alice-again' })).body).toEqual({ DeleteKeyPairResponse: { return: 'True' } });
    expect(error(await call('DeleteKeyPair', { KeyName: 'alice-again' }))).toEqual([400, 'InvalidKeyPair.NotFound']);
  });

  it.each([
    ['a duplicate name', 'ci-deploy', DEMO_PUBLIC_KEYS['alice-laptop'], 'InvalidKeyPair.Duplicate'],
    ['not base64', 'k1', 'ssh-rsa AAAAB=== x', 'InvalidKey.Format'],
    ['a blob of another type', 'k2', DEMO_PUBLIC_KEYS['ops-bastion'].replace('ssh-ed25519', 'ssh-rsa'), 'InvalidKey.Format'],
    ['a truncated key', 'k3', DEMO_PUBLIC_KEYS['alice-laptop'].slice(0, 120), 'InvalidKey.Format'],
    ['no key at all', 'k4', 'hello', 'InvalidParameterValue'],
  ])('refuses %s', async (_what, name, material, code) => {
    expect(error(await call('ImportKeyPair', { KeyName: name, PublicKeyMaterial: material }))).toEqual([400, code]);
  });

  it('GetPasswordData: plain without a key, encrypted to the RSA key otherwise (decrypts to the password)', async () => {
    const { line, privateKey } = freshRsa();
    await call('ImportKeyPair', { KeyName: 'fresh', PublicKeyMaterial: line });
    await call('CreateInstance', { ImageId: 'CentOS-7.9-x86_64.qcow2', InstanceType: 'medium', InstanceName: 'locked', KeyName: 'fresh' });
    suite.t.advance(4000);
    const pw = (await call('GetPasswordData', { InstanceId: 'locked' })).body.GetPasswordDataResponse;
    const actual = suite.t.sim.mos.world.account(MOS_TEST_KEY.accessKeyId)!.find('locked')!.password;
    expect(pw).toMatchObject({ account: 'root', keypairName: 'fresh' });
    expect(decryptPkcs1(privateKey, pw.passwordData)).toBe(actual);
    const plain = (await call('GetPasswordData', { InstanceId: 'batch-worker' })).body.GetPasswordDataResponse;
    expect(plain.passwordData).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(plain.keypairId).toBeUndefined();
  });
});

describe('metadata', () => {
  const get = async (id: string, format: 'json' | 'xml' = 'json') => (await call('GetInstanceMetadata', { InstanceId: id }, { format }));

  it('Name.n / Value.n set keys, others stay; an empty value removes a key; XML answers the same', async () => {
    expect((await call('PutInstanceMetadata', { InstanceId: 'web-01', Names: ['role', 'os_version'], Values: ['frontend', '22.04.4'] })).status).toBe(200);
    expect((await get('web-01')).body.GetInstanceMetadataResponse.InstanceMetadata).toEqual({ os_name: 'Linux', os_distribution: 'Ubuntu', os_version: '22.04.4', role: 'frontend' });
    await call('PutInstanceMetadata', { InstanceId: 'web-01', Names: ['role'], Values: [''] });
    const xml = await get('web-01', 'xml');
    expect(xml.body).toEqual({ GetInstanceMetadataResponse: { InstanceMetadata: { os_name: 'Linux', os_distribution: 'Ubuntu', os_version: '22.04.4' } } });
  });

  it.each([
    ['a key that is not an XML name', { Names: ['1bad key'], Values: ['x'] }, 'InvalidParameterValue'],
    ['a key given twice', { Names: ['a', 'a'], Values: ['1', '2'] }, 'InvalidParameterValue'],
    ['Names and Values of different lengths', { Names: ['a', 'b'], Values: ['1'] }, 'InvalidParameterValue'],
    ['no Names', { Values: ['1'] }, 'MissingParameter'],
  ])('refuses %s and changes nothing', async (_what, params, code) => {
    expect(error(await call('PutInstanceMetadata', { InstanceId: 'web-01', ...params }))).toEqual([400, code]);
    expect(Object.keys((await get('web-01')).body.GetInstanceMetadataResponse.InstanceMetadata)).toHaveLength(3);
  });
});
