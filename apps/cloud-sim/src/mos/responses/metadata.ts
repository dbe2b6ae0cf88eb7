import { mosMcsInstanceOps as ops } from '@console/api-types';
import { metadataLimit } from '../errors';
import { mosHandler } from '../registry';
import { instanceOf } from './instance-reads';

/** Keys become element names in the XML answer (<os_version>…), so they must be XML names. */
const KEY_RULE = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;
const MAX_KEYS = 64;
const MAX_VALUE = 1024;

/**
 * PutInstanceMetadata: Name.n / Value.n pairs set keys; other keys stay. The document has no
 * way to remove a key, so an empty Value removes it (a simulator decision, see README).
 */
export const metadataHandlers = [
  mosHandler(ops.PutInstanceMetadata, ({ account }, input) => {
    const i = instanceOf(account, input.InstanceId);
    const seen = new Set<string>();
    input.Names.forEach((name, n) => {
      if (!KEY_RULE.test(name)) {
        throw metadataLimit(`Name.${n + 1} "${name}" must start with a letter or _ and hold only letters, digits, _ . - (at most 64)`);
      }
      if (seen.has(name)) throw metadataLimit(`Name.${n + 1} "${name}" is given twice`);
      seen.add(name);
      if (input.Values[n]!.length > MAX_VALUE) throw metadataLimit(`Value.${n + 1} is longer than ${MAX_VALUE} characters`);
    });
    const next = new Map(i.metadata);
    input.Names.forEach((name, n) => (input.Values[n] === '' ? next.delete(name) : next.set(name, input.Values[n]!)));
    if (next.size > MAX_KEYS) throw metadataLimit(`an instance holds at most ${MAX_KEYS} keys`);
    i.metadata.clear();
    for (const [k, v] of next) i.metadata.set(k, v);
    return { return: 'True' };
  }),
];
