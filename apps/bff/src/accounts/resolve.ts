import type { ActionDef } from '@console/api-types';
import { cdsEndpointFor, type CdsCredentials } from '@console/cloud-client';
import { HttpError } from '../http/api-error';
import type { CloudAccountRepo } from '../storage';

/** The signing credentials for one call: the account the caller picked, or the provider's first. */
export function accountResolver(accounts: CloudAccountRepo) {
  return async (def: Pick<ActionDef, 'provider'>, accountId: string | undefined): Promise<{ id: string; creds: CdsCredentials }> => {
    let id = accountId;
    if (!id) {
      const [first] = await accounts.list({ provider: def.provider as 'cds' | 'mos' });
      if (!first) throw new HttpError(409, 'NoCloudAccount', `No ${def.provider.toUpperCase()} account is set up; an admin can add one`);
      id = first.id;
    }
    const creds = /^[0-9a-f-]{36}$/i.test(id) ? await accounts.getCredentials(id) : undefined;
    if (!creds) throw new HttpError(404, 'CloudAccountNotFound', 'That cloud account does not exist (any more)');
    if (creds.provider !== def.provider) {
      throw new HttpError(400, 'WrongCloudAccount', `The chosen account is a ${creds.provider.toUpperCase()} account, not ${def.provider.toUpperCase()}`);
    }
    return {
      id: creds.id,
      creds: { endpoint: cdsEndpointFor(creds.endpointArea, creds.endpointUrl), accessKeyId: creds.accessKeyId, secret: creds.secret },
    };
  };
}
export type AccountResolver = ReturnType<typeof accountResolver>;
