import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { Agent } from 'undici';
import { isForbiddenAddress } from './endpoint-policy';

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;
type Resolver = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

/**
 * A DNS lookup that refuses link-local and metadata addresses. The endpoint policy checks the
 * host as written; a name (allowed with CUSTOM_ENDPOINT_HOSTS=*) may still resolve to
 * 169.254.169.254, so the address is checked again here, at connect time, where it is used: a
 * name re-pointed between the check and the call (DNS rebinding) is caught too.
 */
export function guardedLookup(resolve: Resolver = dnsLookup as unknown as Resolver) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    resolve(hostname, options, (err, address, family) => {
      if (err) return callback(err, address, family);
      const all = Array.isArray(address) ? address : [{ address, family: family ?? 4 }];
      const bad = all.find((a) => isForbiddenAddress(a.address));
      if (bad) {
        const refused: NodeJS.ErrnoException = new Error(
          `${hostname} resolves to ${bad.address}, a link-local or cloud metadata address: never a cloud endpoint`,
        );
        refused.code = 'EFORBIDDENADDRESS';
        return callback(refused, address, family);
      }
      callback(null, address, family);
    });
  };
}

/** The connection pool the BFF calls the clouds through: it connects only through the guarded lookup. */
export function guardedAgent(resolve?: Resolver): Agent {
  return new Agent({ connect: { lookup: guardedLookup(resolve) } });
}

