import { CdsError } from './exceptions';

/**
 * Errors of 虚拟数据中心相关 and 安全组相关. Codes the document gives are spelled as it spells
 * them (its spaces in "InvalidPublicNetwork. Type.Malformed" dropped, "Bandwich" kept); the
 * ones it lacks follow its patterns: "<Thing>NotFound" like VDCNotFound and InstanceNotFound,
 * "Incorrect<Thing>Status" like IncorrectVdcStatus, "QuotaExceed.<Thing>" like QuotaExceed.Vdc.
 */

const e = (status: number, code: string, message: string) => new CdsError(status, code, message);

// --- VDC and networks ----------------------------------------------------------------------
export const vdcGone = (id: string, code = 'VDCNotFound') => e(400, code, `the VDC has deleted: ${id}`);
export const incorrectVdcStatus = (why: string) =>
  e(403, 'IncorrectVdcStatus', `The current Status of the resource does not support this operation: ${why}.`);
export const incorrectNetworkStatus = (why: string) =>
  e(403, 'IncorrectNetworkStatus', `The current Status of the resource does not support this operation: ${why}.`);
export const accountArrearage = (need: number, have: number) =>
  e(400, 'Account.Arrearage', `Your account has been in arrears: this needs ${need.toFixed(2)}, the balance is ${have.toFixed(2)}.`);
export const regionIdMalformed = (id: string) =>
  e(400, 'InvalidRegionId.Malformed', `The specified parameter "RegionId" is not valid: "${id}" is not a region of appendix 1.`);
export const regionNotOnSale = (regionId: string) =>
  e(
    403,
    'Region.NotOnSale',
    `The resource in the specified Region is no longer available for sale. Please try other regions and zones: ${regionId} is a test region.`,
  );
export const vdcQuotaExceeded = (regionId: string, max: number) =>
  e(400, 'QuotaExceed.Vdc', `The maximum number of Vdc is exceeded: ${regionId} holds at most ${max} VDCs.`);
export const privateNetworkQuotaExceeded = (max: number) =>
  e(400, 'QuotaExceed.PrivateNetwork', `The maximum number of PrivateNetwork is exceeded: a VDC holds at most ${max}.`);
export const publicNetworkQuotaExceeded = (max: number) =>
  e(400, 'QuotaExceed.PublicNetwork', `The maximum number of PublicNetwork is exceeded: a VDC holds at most ${max}.`);
export const segmentQuotaExceeded = (max: number) =>
  e(400, 'QuotaExceed.PublicIp', `The maximum number of public IP segments is exceeded: a public network holds at most ${max}.`);
export const publicNetworkField = (field: 'Type' | 'BillingMethod' | 'Bandwich' | 'Ip' | 'IP', why: string) =>
  e(400, `InvalidPublicNetwork.${field}.Malformed`, `The specified parameter "PbulicNetwork.${field}" is not valid: ${why}.`);
export const idMalformed = (code: string, field: string, id: string) =>
  e(400, code, `The specified parameter "${field}" is not valid: "${id}" is not an id.`);
export const publicNetworkNotFound = (id: string) => e(400, 'PublicNetworkNotFound', `the public network has deleted: ${id}`);
export const privateNetworkNotFound = (id: string) => e(400, 'PrivateNetworkNotFound', `the private network has deleted: ${id}`);
export const networkNotFound = (id: string) => e(400, 'NetworkNotFound', `the network has deleted: ${id} is neither a public nor a private network`);
export const segmentNotFound = (id: string) => e(400, 'SegmentNotFound', `the IP segment has deleted: ${id}`);
export const privateAddressMalformed = (why: string) =>
  e(400, 'InvalidPrivateIpAddress.Malformed', `Specified private network address is malformed: ${why}.`);
export const privateAddressOverlaps = (why: string) =>
  e(400, 'InvalidPrivateIpAddress.Duplicated', `Specified private network address is duplicated: ${why}.`);

// --- security groups -----------------------------------------------------------------------
export const securityGroupNotFound = (id: string) => e(400, 'SecurityGroupNotFound', `the SecurityGroup has deleted: ${id}`);
export const incorrectSecurityGroupStatus = (why: string) =>
  e(403, 'IncorrectSecurityGroupStatus', `The current Status of the resource does not support this operation: ${why}.`);
export const securityGroupQuotaExceeded = (max: number) =>
  e(400, 'QuotaExceed.SecurityGroup', `The maximum number of SecurityGroup is exceeded: an account holds at most ${max}.`);
export const ruleQuotaExceeded = (max: number) =>
  e(400, 'QuotaExceed.SecurityGroupRule', `The maximum number of SecurityGroupRule is exceeded: a security group holds at most ${max} rules.`);
export const ruleNotFound = (id: string, groupId: string) =>
  e(400, 'RuleNotFound', `the rule has deleted: ${id} is not a rule of security group ${groupId}`);
export const ruleDuplicated = (why: string) => e(400, 'InvalidSecurityGroupRule.Duplicated', `The rule already exists: ${why}.`);
export const interfaceBound = (why: string) => e(403, 'OperationDenied.InterfaceBound', `The interface is bound to a security group: ${why}.`);
export const bindingNotFound = (why: string) => e(400, 'BindingNotFound', `The interface is not bound to this security group: ${why}.`);
export const wrongGroupType = (why: string) => e(403, 'OperationDenied.SecurityGroupType', `The security group type does not allow this: ${why}.`);
export const repeatedEntry = (what: string) => e(400, 'InvalidParameter', `The specified parameter "BindData" is not valid: ${what} is given more than once.`);
