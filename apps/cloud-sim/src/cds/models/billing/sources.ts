import type { Account } from '../account';
import type { BillableSource } from './billable';
import { diskBillables, instanceBillables } from './compute-billables';
import { databaseBillables } from './database-billables';
import { publicNetworkBillables } from './network-billables';

/**
 * Every kind of resource the bills charge. A model that adds one writes a BillableSource and
 * adds it here; nothing else of the billing changes.
 */
export const BILLABLE_SOURCES: readonly BillableSource[] = [
  instanceBillables,
  diskBillables,
  publicNetworkBillables,
  databaseBillables,
];

/** Every billable resource of the account, as it is now. */
export const billablesOf = (account: Account) => BILLABLE_SOURCES.flatMap((source) => source(account));
