import { cdsNetwork } from '@console/api-types';
import { isUuid } from '../../util/prng';
import { regionMalformed, vdcIdMalformed, vdcNotFound } from '../exceptions';
import { isKnownRegion } from '../models/goods';
import { handler } from '../registry';
import { paginate } from './paging';

/** DescribeVdc's page size is fixed by the document: 10 VDCs per page. */
const VDC_PAGE_SIZE = 10;

/**
 * DescribeVdc (GET /network): the account's VDCs, oldest first, filtered by RegionId, VdcId and
 * Keyword (a case-insensitive part of the name). PublicNetwork is a list, as the service answers.
 */
export const describeVdc = handler(
  '/network',
  cdsNetwork.DescribeVdc,
  ({ account }, input) => {
    if (input.RegionId && !isKnownRegion(input.RegionId)) throw regionMalformed(input.RegionId);
    if (input.VdcId) {
      if (!isUuid(input.VdcId)) throw vdcIdMalformed(input.VdcId, 'InvalidVDCID.Malformed');
      if (!account.findVdc(input.VdcId)) throw vdcNotFound(input.VdcId);
    }
    const keyword = input.Keyword?.trim().toLowerCase();
    const vdcs = account
      .vdcs()
      .filter((v) => !input.RegionId || v.regionId === input.RegionId)
      .filter((v) => !input.VdcId || v.vdcId === input.VdcId)
      .filter((v) => !keyword || v.name.toLowerCase().includes(keyword));
    const page = paginate(vdcs, input.PageNumber, VDC_PAGE_SIZE);
    return {
      Data: page.items.map((v) => v.toWire()),
      PageNumber: page.PageNumber,
      PageCount: page.PageCount,
      TotalCount: page.TotalCount,
    };
  },
  { fieldCodes: { VdcId: 'InvalidVDCID.Malformed' } },
);
