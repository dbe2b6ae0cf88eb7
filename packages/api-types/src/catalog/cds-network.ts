import { z } from 'zod';
import { cdsEnvelope, defineAction, loose } from '../define';
import type { Vdc } from '../normalized/network';
import { pageNumber, regionId } from './cds-shared';

const publicNetworkRaw = loose({
  PublicId: z.string().optional(),
  /** Misspelled in the document's second example; read as PublicId. */
  PblicId: z.string().optional(),
  Name: z.string().default(''),
  Status: z.string().optional(),
  /** Misspelled in the document's second example; read as Status. */
  Stats: z.string().optional(),
  Qos: z.coerce.number().default(0),
  /** Bandwidth type (appendix 3): in the table, not in the examples. */
  Type: z.string().optional(),
  /** Not documented in the answer; read when answered (the simulator does). */
  BillingMethod: z.string().optional(),
  AutoRenew: z.coerce.number().optional(),
  FloatBandwidth: z.coerce.number().optional(),
  CreateTime: z.string().optional(),
  UnuseIpNum: z.number().optional(),
  /** Misspelled in the document's second example; read as UnuseIpNum. */
  nseIpNm: z.number().optional(),
  /** The spelling the published SDK (cds-gic-sdk-go) reads. */
  unuse_ip_num: z.number().optional(),
  Segments: z
    .array(
      loose({
        SegmentId: z.string().default(''),
        Address: z.string(),
        Mask: z.coerce.number(),
        Gateway: z.string().default(''),
      }),
    )
    .default([]),
});

const privateNetworkRaw = loose({
  PrivateId: z.string().optional(),
  Id: z.string().optional(),
  Name: z.string().default(''),
  Status: z.string().default('ok'),
  UnuseIpNum: z.number().optional(),
  unuse_ip_num: z.number().optional(),
  Segments: z.array(z.string()).default([]),
  /** The table's form: "Ip":"10.241.16.0/16" (or Ip and Mask apart); the examples answer Segments. */
  Ip: z.string().optional(),
  Mask: z.coerce.number().optional(),
  CreateTime: z.string().optional(),
});

const vdcRaw = loose({
  VdcId: z.string(),
  VdcName: z.string().default(''),
  RegionId: z.string().default(''),
  VdcStatus: z.string().optional(),
  /** Not documented; read when answered (the simulator does). */
  CreateTime: z.string().optional(),
  /** Documented as one object, answered as a list: both are read. */
  PublicNetwork: z.union([z.array(publicNetworkRaw), publicNetworkRaw]).optional(),
  PrivateNetwork: z.union([z.array(privateNetworkRaw), privateNetworkRaw]).optional(),
});

const asList = <T>(v: T | T[] | undefined): T[] => (Array.isArray(v) ? v : v ? [v] : []);

/** "10.240.59.0/24" from "10.240.59.0/24~10.240.59.255/24", or from the table's Ip and Mask. */
export const privateCidr = (p: { Segments: string[]; Ip?: string; Mask?: number }): string | undefined => {
  const first = p.Segments[0]?.split('~')[0]?.trim();
  if (first) return first;
  if (!p.Ip) return undefined;
  return p.Ip.includes('/') || p.Mask === undefined ? p.Ip : `${p.Ip}/${p.Mask}`;
};

export const normalizeVdc = (v: z.output<typeof vdcRaw>): Vdc => ({
  id: v.VdcId,
  name: v.VdcName,
  regionId: v.RegionId,
  status: v.VdcStatus ?? 'ok',
  createdAt: v.CreateTime,
  publicNetworks: asList(v.PublicNetwork).map((p) => ({
    id: p.PublicId ?? p.PblicId ?? '',
    name: p.Name,
    status: p.Status ?? p.Stats ?? 'ok',
    qos: p.Qos,
    type: p.Type,
    billingMethod: p.BillingMethod,
    autoRenew: p.AutoRenew === undefined ? undefined : p.AutoRenew === 1,
    floatBandwidth: p.FloatBandwidth,
    createdAt: p.CreateTime,
    unusedIpCount: p.UnuseIpNum ?? p.nseIpNm ?? p.unuse_ip_num ?? 0,
    segments: p.Segments.map((s) => ({
      id: s.SegmentId,
      address: s.Address,
      mask: s.Mask,
      gateway: s.Gateway,
    })),
  })),
  privateNetworks: asList(v.PrivateNetwork).map((p) => ({
    id: p.PrivateId ?? p.Id ?? '',
    name: p.Name,
    status: p.Status,
    unusedIpCount: p.UnuseIpNum ?? p.unuse_ip_num ?? 0,
    segments: p.Segments,
    cidr: privateCidr(p),
    createdAt: p.CreateTime,
  })),
});

export const DescribeVdc = defineAction({
  provider: 'cds',
  product: 'network',
  action: 'DescribeVdc',
  method: 'GET',
  path: '/network',
  kind: 'read',
  input: z.object({
    RegionId: regionId.optional(),
    VdcId: z.string().optional(),
    PageNumber: pageNumber.optional(),
    Keyword: z.string().max(64).optional(),
  }),
  output: loose({
    ...cdsEnvelope,
    Data: z.array(vdcRaw).default([]),
    PageNumber: z.coerce.number().optional(),
    PageCount: z.coerce.number().optional(),
  }),
  normalize: (raw) => ({
    items: raw.Data.map(normalizeVdc),
    pageNumber: raw.PageNumber ?? 1,
    pageCount: raw.PageCount ?? 1,
  }),
  summary: {
    en: 'List virtual data centers with their public and private networks',
    zh: '查询虚拟数据中心详细信息',
  },
  notes:
    'PublicNetwork is documented as one object but answered as a list; the second example misspells Status, PublicId and UnuseIpNum ("Stats", "PblicId", "nseIpNm"): the misspellings are read as the real keys, and so is unuse_ip_num, the spelling cds-gic-sdk-go reads (the simulator answers it beside UnuseIpNum). Type is in the table but not in the examples; BillingMethod, AutoRenew, FloatBandwidth (the fields CreatePublicNetwork sets) and CreateTime are not documented in the answer: all are read when answered and optional in the normalized shape. A private network\'s CIDR is the first part of its segment ("10.240.59.0/24~…") or the table\'s Ip/Mask.',
});
