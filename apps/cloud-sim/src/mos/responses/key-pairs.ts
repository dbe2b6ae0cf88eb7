import { mosMcs } from '@console/api-types';
import { keyPairDuplicate, keyPairNotFound } from '../errors';
import type { MosKeyPair } from '../models/instance';
import { parsePublicKey } from '../models/keys';
import { mosHandler } from '../registry';
import { matchesFilters, page } from './paging';

const keyPairModel = (k: MosKeyPair) => ({ keyId: k.keyId, keyName: k.keyName, keyFingerprint: k.keyFingerprint });

/** DescribeKeyPairs, ImportKeyPair (material parsed and fingerprinted), DeleteKeyPair (by name). */
export const keyPairHandlers = [
  mosHandler(mosMcs.DescribeKeyPairs, ({ account }, input) => {
    const all = [...account.keyPairs.values()].sort((a, b) => (a.keyName < b.keyName ? -1 : 1));
    const matching = all.filter((k) => matchesFilters(k, input.Filters, { name: (x) => x.keyName }));
    const { slice, counters } = page(matching, input.Limit, input.Offset);
    return { KeyPairSet: { ...counters, KeyPair: slice.map(keyPairModel) } };
  }),

  mosHandler(mosMcs.ImportKeyPair, ({ account, world }, input) => {
    if (account.keyPairs.has(input.KeyName)) throw keyPairDuplicate(input.KeyName);
    const parsed = parsePublicKey(input.PublicKeyMaterial);
    const key: MosKeyPair = {
      keyId: world.rng.uuid(),
      keyName: input.KeyName,
      keyFingerprint: parsed.fingerprint,
      publicKey: input.PublicKeyMaterial,
      rsa: parsed.rsa,
    };
    account.keyPairs.set(key.keyName, key);
    return { KeyPair: keyPairModel(key) };
  }),

  // Instances launched with the key keep it (as EC2 does): their password stays encrypted to it.
  mosHandler(mosMcs.DeleteKeyPair, ({ account }, input) => {
    if (!account.keyPairs.delete(input.KeyName)) throw keyPairNotFound(input.KeyName);
    return { return: 'True' };
  }),
];
