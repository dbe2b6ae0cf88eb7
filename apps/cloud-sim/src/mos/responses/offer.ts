import { mosMcs } from '@console/api-types';
import { mosHandler } from '../registry';
import { MOS_INSTANCE_TYPES, MOS_TEMPLATES } from '../models/offer';
import { isoSeconds, matchesFilters, page } from './paging';

/** DescribeTemplates, DescribeInstanceTypes and GetBalance: what the region sells, what the account has. */
export const offerHandlers = [
  mosHandler(mosMcs.DescribeTemplates, () => ({
    TemplateSet: {
      Template: MOS_TEMPLATES.map((t) => ({
        templateId: t.templateId,
        templateName: t.templateName,
        size: t.size,
        checksum: t.checksum,
        status: t.status,
      })),
    },
  })),

  mosHandler(mosMcs.DescribeInstanceTypes, (_ctx, input) => {
    const matching = MOS_INSTANCE_TYPES.filter((t) => matchesFilters(t, input.Filters, { name: (x) => x.instanceType }));
    const { slice, counters } = page(matching, input.Limit, input.Offset);
    return {
      InstanceTypeSet: {
        ...counters,
        InstanceType: slice.map((t) => ({
          instanceTypeId: t.instanceTypeId,
          instanceType: t.instanceType,
          cpu: t.cpu,
          memory: t.memory,
          volume: t.volume,
          internalBandwidth: t.internalBandwidth,
          externalBandwidth: t.externalBandwidth,
        })),
      },
    };
  }),

  mosHandler(mosMcs.GetBalance, ({ account }) => ({
    // The document: an account without transactions has balance 0 and no timestamp.
    timestamp: account.balanceAt === undefined ? undefined : isoSeconds(account.balanceAt),
    balance: account.balance,
  })),
];
