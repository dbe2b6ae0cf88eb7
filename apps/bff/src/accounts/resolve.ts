import type { ActionDef } from '@console/api-types';
import { cdsEndpointFor, type MosCredentials, type MosFormat } from '@console/cloud-client';
import { SecretBoxError } from '../crypto/secret-box';
import { HttpError } from '../http/api-error';
import type { CloudAccountRepo, CloudCredentials } from '../storage';
import { defaultAccounts, type DefaultAccounts, type InitialDefaults } from './default-account';

/**
 * What a call is signed with. CDS uses endpoint, key id and secret; MOS also its region and the
 * answer format the console asks for. (A CDS call ignores the MOS-only fields.)
 */
export type SigningCredentials = MosCredentials & { format?: MosFormat };

/** A stored account as its cloud client wants it: CDS areas become hosts, MOS keeps its URL and region. */
export function signingCredentials(stored: CloudCredentials, opts: { mosFormat?: MosFormat } = {}): SigningCredentials {
  const base = { accessKeyId: stored.accessKeyId, secret: stored.secret };
  if (stored.provider === 'mos') {
    return { ...base, endpoint: stored.endpointUrl!, region: stored.region ?? undefined, format: opts.mosFormat };
  }
  return { ...base, endpoint: cdsEndpointFor(stored.endpointArea, stored.endpointUrl) };
}

/**
 * The signing credentials for one call: the account the caller picked, or the provider's default
 * (accounts/default-account.ts: the admin's choice, else DEFAULT_CDS_ACCOUNT / DEFAULT_MOS_ACCOUNT
 * by name or id, else the environment's account, else the first). Never "first by name" while a
 * setting or the environment says otherwise.
 */
export function accountResolver(
  accounts: CloudAccountRepo,
  opts: { mosFormat?: MosFormat; defaults?: InitialDefaults; chooser?: DefaultAccounts } = {},
) {
  const chooser = opts.chooser ?? defaultAccounts(accounts, undefined, opts.defaults);
  return async (def: Pick<ActionDef, 'provider'>, accountId: string | undefined): Promise<{ id: string; creds: SigningCredentials }> => {
    let id = accountId;
    if (!id) {
      const chosen = await chooser.of(def.provider as 'cds' | 'mos');
      if (!chosen) throw new HttpError(409, 'NoCloudAccount', `No ${def.provider.toUpperCase()} account is set up; an admin can add one`);
      id = chosen.id;
    }
    const creds = /^[0-9a-f-]{36}$/i.test(id) ? await readCredentials(accounts, id) : undefined;
    if (!creds) throw new HttpError(404, 'CloudAccountNotFound', 'That cloud account does not exist (any more)');
    if (creds.provider !== def.provider) {
      throw new HttpError(400, 'WrongCloudAccount', `The chosen account is a ${creds.provider.toUpperCase()} account, not ${def.provider.toUpperCase()}`);
    }
    return { id: creds.id, creds: signingCredentials(creds, opts) };
  };
}
/** An account's stored credentials; a secret this console cannot unseal is a plain 503, not a 500. */
export async function readCredentials(accounts: CloudAccountRepo, id: string): Promise<CloudCredentials | undefined> {
  try {
    return await accounts.getCredentials(id);
  } catch (err) {
    if (!(err instanceof SecretBoxError)) throw err;
    throw new HttpError(
      503,
      'CloudSecretUnreadable',
      `The secret of this cloud account cannot be unsealed with the console's master key (${err.message}). ` +
        'Was CONSOLE_MASTER_KEY or the master key file changed? Restore that key, or have an admin enter the secret again.',
    );
  }
}

export type AccountResolver = ReturnType<typeof accountResolver>;
