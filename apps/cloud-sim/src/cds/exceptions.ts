/**
 * Errors the simulated CDS answers with (moto's "exceptions"): an HTTP status, the CDS code
 * and a message. Codes and statuses are the document's where it has one; the few it lacks
 * (authentication, unknown actions, body problems) follow the Aliyun-style API CDS copies.
 */
export class CdsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CdsError';
  }
}

const e = (status: number, code: string, message: string) => new CdsError(status, code, message);

// --- request, authentication --------------------------------------------------------------
export const missingParameter = (name: string) =>
  e(400, 'MissingParameter', `The input parameter "${name}" that is mandatory for processing this request is not supplied.`);
/** ResizeDisk's documented code for an absent parameter (spelt "Paramter" as the document does). */
export const incompleteParameter = (name: string) =>
  e(400, 'IncompleteParamter', `Some fields can not be null in this request: "${name}" is not supplied.`);
export const badQueryString = (why: string) => e(400, 'InvalidParameter', `The query string is not valid: ${why}.`);
export const invalidSignatureMethod = (got: string) =>
  e(400, 'InvalidSignatureMethod', `SignatureMethod "${got}" is not supported; use HMAC-SHA1.`);
export const invalidSignatureVersion = (got: string) =>
  e(400, 'InvalidSignatureVersion', `SignatureVersion "${got}" is not supported; use 1.0.`);
export const invalidVersion = (got: string) =>
  e(400, 'InvalidVersion', `Version "${got}" is not supported; use 2019-08-08.`);
export const timestampFormat = (got: string) =>
  e(400, 'InvalidTimeStamp.Format', `Timestamp "${got}" is not in the form yyyy-MM-ddTHH:mm:ssZ (UTC).`);
export const timestampExpired = (got: string, now: string) =>
  e(400, 'InvalidTimeStamp.Expired', `Timestamp ${got} is more than 15 minutes away from the server time ${now}.`);
export const accessKeyNotFound = () => e(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
export const signatureDoesNotMatch = (stringToSign: string) =>
  e(
    400,
    'SignatureDoesNotMatch',
    `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
  );
export const nonceUsed = () =>
  e(400, 'SignatureNonceUsed', 'Specified signature nonce was used already within the last 15 minutes.');
export const actionNotFound = (action: string, path: string) =>
  e(404, 'InvalidAction.NotFound', `Specified api "${action}" is not found at ${path}.`);
export const notImplemented = (action: string, path: string) =>
  e(501, 'NotImplemented.Simulator', `${action} (${path}) is an upstream action the simulator does not implement yet.`);
export const pathNotFound = (path: string) => e(404, 'InvalidPath.NotFound', `No CDS product is served at ${path}.`);
export const methodNotAllowed = (method: string) =>
  e(405, 'UnsupportedHTTPMethod', `HTTP method ${method} is not supported; use GET or POST.`);
export const bodyNotJson = (why: string) =>
  e(400, 'InvalidBody.Malformed', `The request body is not a JSON object: ${why}.`);
export const bodyTooLarge = () => e(413, 'InvalidBody.TooLarge', 'The request body is larger than 1 MB.');
export const internalError = () => e(500, 'InternalError', 'The simulator failed to process the request.');

// --- parameters ---------------------------------------------------------------------------
export const invalidParameter = (code: string, message: string) => e(400, code, message);

// --- resources ------------------------------------------------------------------------------
export const instanceNotFound = (id: string) => e(400, 'InstanceNotFound', `the Instance has deleted: ${id}`);
export const instanceIdMalformed = (id: string, code = 'InvalidInstanceID.Malformed') =>
  e(400, code, `The specified parameter "InstanceId" is not valid: "${id}" is not an instance id.`);
export const incorrectInstanceStatus = (id: string, status: string, needs: string) =>
  e(
    403,
    'IncorrectInstanceStatus',
    `The current status of the resource does not support this operation: instance ${id} is ${status}; it must be ${needs}.`,
  );
export const vdcNotFound = (id: string, detail = '') => e(400, 'VDCNotFound', `the VDC has deleted: ${id}${detail}`);
export const vdcIdMalformed = (id: string, code = 'InvalidVdcId.Malformed') =>
  e(400, code, `The specified parameter "VdcId" is not valid: "${id}".`);
export const regionMalformed = (id: string) =>
  e(400, 'InvalidRegionID.Malformed', `The specified parameter "RegionId" is not valid: "${id}" is not a region of appendix 1.`);
export const instanceTypeUnauthorized = (type: string, region: string) =>
  e(400, 'InvalidInstanceType.ValueUnauthorized', `The specified InstanceType is not authorized: ${region} does not sell "${type}".`);
export const imageNotFound = (id: string, region: string) =>
  e(404, 'InvalidLaunchTemplateVersion.NotFound', `Image "${id}" is neither a public template nor a private image of this account in ${region}.`);
export const dataDiskNotSupported = (why: string) =>
  e(400, 'InvalidDataDiskSize.ValueNotSupported', `The specified DataDisk is not supported: ${why}.`);
export const notEnoughBalance = (need: number, have: number) =>
  e(400, 'NotEnoughBalance', `Your account does not have enough balance: this needs ${need.toFixed(2)}, the balance is ${have.toFixed(2)}.`);
export const taskNotFound = (id: string) =>
  e(400, 'InvalidTaskID.Malformed', `The specified parameter "TaskId" is not valid: no task "${id}".`);

export type IpKind = 'Public' | 'Private';
export const ipMalformed = (kind: IpKind, why: string) =>
  e(400, `Invalid${kind}IpAddress.Malformed`, `Specified ${kind.toLowerCase()} IP address is malformed: ${why}.`);
export const ipDuplicated = (kind: IpKind, ip: string) =>
  e(400, `Invalid${kind}IpAddress.Duplicated`, `Specified ${kind.toLowerCase()} IP address is duplicated: ${ip} is already in use.`);
export const ipRepeated = (ip: string) => e(403, 'InvalidIp.IpRepeated', `${ip} is given more than once.`);
export const ipExhausted = (kind: IpKind, where: string) =>
  e(403, 'InvalidIp.IpAssigned', `No unused ${kind.toLowerCase()} IP address is left in ${where}.`);

// --- disks, interfaces, templates (codes the document lacks follow InstanceNotFound's style) -----
export const diskIdMalformed = (id: string) =>
  e(400, 'InvalidDiskID.Malformed', `The specified parameter "DiskId" is not valid: "${id}" is not a disk id.`);
export const diskNotFound = (id: string, instanceId: string) =>
  e(400, 'DiskNotFound', `the Disk has deleted: ${id} is not a data disk of instance ${instanceId}`);
export const diskTypeUnauthorized = (why: string) =>
  e(400, 'InvalidInstanceTypeDisk.ValueUnauthorized', `The specified Instance DiskType is not authorized: ${why}.`);
export const diskTooSmall = (id: string, size: number, wanted: number) =>
  e(403, 'InvalidDiskSize.TooSmall', `Specified new disk size is less than the original disk size: disk ${id} is ${size} GB, ${wanted} GB is not larger.`);
export const diskQuotaExceeded = (instanceId: string, left: number) =>
  e(400, 'QuotaExceed.DataDisk', `Instance ${instanceId} takes ${left} more data disk(s) at most.`);
export const interfaceIdMalformed = (id: string) =>
  e(400, 'InvalidInterfaceID.Malformed', `The specified parameter "InterfaceID" is not valid: "${id}" is not an interface id.`);
export const interfaceNotFound = (id: string, instanceId: string) =>
  e(400, 'InterfaceNotFound', `the Interface has deleted: ${id} is not a network interface of instance ${instanceId}`);
export const ipAddressInvalid = (why: string) => e(403, 'InvalidIp.Address', `The specified IP address is not valid: ${why}.`);
export const templateNotFound = (id: string, where: string) =>
  e(404, 'InvalidLaunchTemplateVersion.NotFound', `Template "${id}" is not a template of this account ${where}.`);
export const publicTemplateDenied = (id: string, what: string) =>
  e(403, 'OperationDenied.PublicTemplate', `"${id}" is a public template (appendix 4): it cannot be ${what}.`);
export const incorrectTemplateStatus = (id: string, why: string) =>
  e(403, 'IncorrectInstanceStatus', `The current status of the resource does not support this operation: template ${id} ${why}.`);
export const specUnauthorized = (type: string, cpu: number, ram: number, min: number, max: number) =>
  e(400, 'InvalidInstanceType.ValueUnauthorized', `The specified InstanceType is not authorized with this spec: ${type} is sold with ${min}–${max} GB of memory per CPU, not ${cpu} CPU and ${ram} GB.`);
export const incorrectInterfaceStatus = (id: string, why: string) =>
  e(403, 'IncorrectInstanceStatus', `The current status of the resource does not support this operation: interface ${id} ${why}.`);
