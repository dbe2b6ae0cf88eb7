import { cdsCcs, type Instance, type InventoryPage } from '@console/api-types';
import { Router } from 'express';
import type { AccountResolver } from '../accounts/resolve';
import { HttpError } from '../http/api-error';
import { parseQuery } from '../http/parse-query';
import { canRun } from '../session/user';
import { searchInstances, instanceQuery } from './search';
import type { InstanceInventory } from './store';

/**
 * GET /api/inventory/cds/instances: one page of the account's instances, searched, filtered and
 * sorted over all of them. The checks are the action route's for DescribeInstances, per request
 * (signed in, the role may read, the account exists and is a CDS one); reads are not audited,
 * as DescribeInstances through the action route is not.
 */
export function inventoryRouter(inventory: InstanceInventory, resolveAccount: AccountResolver): Router {
  const r = Router();
  r.get('/inventory/cds/instances', async (req, res) => {
    if (!req.user) throw new HttpError(401, 'NotSignedIn', 'Sign in first');
    const def = cdsCcs.DescribeInstances;
    if (!canRun(req.user.role, def)) throw new HttpError(403, 'Forbidden', `The ${req.user.role} role may not run ${def.action} (${def.kind})`);
    const query = parseQuery(instanceQuery, req.query);
    const account = await resolveAccount(def, query.account);
    const view = await inventory.view(account.id, account.creds);
    const page: InventoryPage<Instance> = {
      ...searchInstances(view.inv, query),
      changing: view.changing,
      refreshedAt: new Date(view.refreshedAt).toISOString(),
      ...(view.failure
        ? { stale: { code: view.failure.code, message: view.failure.message, requestId: view.failure.requestId, failedAt: new Date(view.failure.at).toISOString() } }
        : {}),
    };
    res.json(page);
  });
  return r;
}
