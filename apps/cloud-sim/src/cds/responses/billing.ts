import { cdsBilling } from '@console/api-types';
import { isUuid } from '../../util/prng';
import { invalidParameter } from '../exceptions';
import { describeBill, describeBillInfo } from '../models/billing/bills';
import { parseBillDay, parseCompactDay, dayStart } from '../models/billing/days';
import { meteringOn } from '../models/billing/storage-pools';
import { handler, type RegisteredHandler } from '../registry';

/**
 * DescribeBill and DescribeBillInfo (GET /billing): bills derived from the account's ledger
 * (models/billing/), Code "success" and the messages of the document's examples.
 * GetMetering (GET /ccs-product): the cold-storage pools' tiers at the end of EndTime's day.
 */

const resourceIdMalformed = (id: string) =>
  invalidParameter('InvalidResourceId.Malformed', `The specified parameter "ResourceId" is not valid: "${id}" is not a resource id.`);
const resourceNotFound = (id: string) =>
  invalidParameter('InvalidResourceId.NotFound', `The specified resource ${id} has never been billed to this account.`);

/** The catalog checked the form; days are real dates then. */
const day = (text: string) => parseBillDay(text)!;

export const describeBillHandler = handler(
  '/billing',
  cdsBilling.DescribeBill,
  ({ world, account }, input) => {
    const [from = '', to = ''] = input.DateFromTo.split(' - ');
    return {
      Code: 'success',
      Message: 'bill day query success',
      Data: describeBill(account, day(from), day(to), world.now()),
      TaskId: '',
    };
  },
);

/** Resource ids are UUIDs, or numbers for some types (the document's "49751"). */
const RESOURCE_ID = /^\d+$/;

export const describeBillInfoHandler = handler(
  '/billing',
  cdsBilling.DescribeBillInfo,
  ({ world, account }, input) => {
    const id = input.ResourceId.trim();
    if (!isUuid(id) && !RESOURCE_ID.test(id)) throw resourceIdMalformed(id);
    const record = account.ledger.get(id);
    if (!record) throw resourceNotFound(id);
    return {
      Code: 'success',
      Message: 'bill details query success',
      Data: describeBillInfo(record, day(input.DateFrom), day(input.DateTo), world.now()),
      TaskId: '',
    };
  },
  { fieldCodes: { ResourceId: 'InvalidResourceId.Malformed' } },
);

// GetMetering's codes as its table spells them ("InvalidParamater" included).
const meteringMissing = () => invalidParameter('InvalidParameter.IsNull', '缺少必要参数');
const uidNotFound = () => invalidParameter('InvalidParamater', 'uid不存在');

const getMeteringInner = handler('/ccs-product', cdsBilling.GetMetering, ({ world, account }, input) => {
  // No metering from the future: a later EndTime answers as of today.
  const end = Math.min(parseCompactDay(input.EndTime)!, dayStart(world.now()));
  const pools = input.Uid === undefined ? account.storagePools : account.storagePools.filter((p) => p.id === input.Uid);
  if (input.Uid !== undefined && pools.length === 0) throw uidNotFound();
  return {
    Data: pools.map((pool) => {
      const { cold, warm } = meteringOn(pool, end);
      return { Cold: cold, Id: pool.id, Name: pool.name, TotalSize: String(pool.totalSize), Warm: warm };
    }),
  };
});

/** The document's InvalidParameter.IsNull for a missing EndTime, before the catalog's checks. */
export const getMetering: RegisteredHandler = {
  ...getMeteringInner,
  run: (ctx, params) => {
    if (params.EndTime === undefined || params.EndTime === '') throw meteringMissing();
    return getMeteringInner.run(ctx, params);
  },
};
