/**
 * Errors the simulated MOS answers with: an HTTP 4xx and `{"ErrorResponse":{"Error":{message, code}}}`.
 * The document shows one error, the balance one, whose code is the HTTP status as a number
 * (406, "No enough balance"); it is answered exactly so. The document names no other code, so
 * the rest are EC2's (the API is "EC2 compatible"): a string code, HTTP 400, 403 for
 * authentication (see README "MOS decisions").
 */
export class MosError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | number,
    message: string,
  ) {
    super(message);
    this.name = 'MosError';
  }
}

const bad = (code: string, message: string) => new MosError(400, code, message);
const denied = (code: string, message: string) => new MosError(403, code, message);

// --- request and authentication -------------------------------------------------------------
export const missingParameter = (name: string) =>
  bad('MissingParameter', `The request must contain the parameter ${name}.`);
export const invalidParameterValue = (message: string) => bad('InvalidParameterValue', message);
export const invalidAction = (action: string) =>
  bad('InvalidAction', `The action ${action} is not valid for this web service.`);
export const authFailure = () =>
  denied('AuthFailure', 'MOS was not able to validate the provided access credentials (unknown AWSAccessKeyId).');
export const signatureDoesNotMatch = (stringToSign: string) =>
  denied(
    'SignatureDoesNotMatch',
    `The request signature we calculated does not match the signature you provided. The string to sign was: ${JSON.stringify(stringToSign)}`,
  );
export const requestExpired = (timestamp: string, now: string) =>
  bad('RequestExpired', `Request has expired: Timestamp ${timestamp} is more than 15 minutes away from the server time ${now}.`);
export const requestReplayed = () =>
  denied('RequestReplayed', 'This signed request was already received within the last 15 minutes; sign each request anew.');
export const pathNotFound = (path: string) => new MosError(404, 'InvalidPath', `Nothing is served at ${path}; the API is at / and /mcs/v1.`);
export const methodNotAllowed = (method: string) =>
  new MosError(405, 'UnsupportedHTTPMethod', `The HTTP method ${method} is not supported; use GET or POST.`);
export const bodyTooLarge = () => new MosError(413, 'RequestTooLarge', 'The request body is larger than 1 MB.');
export const internalError = () => new MosError(500, 'InternalError', 'An internal error occurred in the simulator.');

// --- the document's one error ---------------------------------------------------------------
export const noEnoughBalance = (needed: number, balance: number) =>
  new MosError(406, 406, `No enough balance (needs ${needed.toFixed(2)}, balance ${balance.toFixed(2)})`);

// --- resources ------------------------------------------------------------------------------
export const instanceNotFound = (id: string) =>
  bad('InvalidInstanceID.NotFound', `The instance ID or name '${id}' does not exist.`);
export const incorrectInstanceState = (id: string, state: string, action: string, allowed: readonly string[]) =>
  bad(
    'IncorrectInstanceState',
    `The instance '${id}' is ${state}; ${action} needs it ${allowed.join(' or ')}.`,
  );
export const instanceNameDuplicate = (name: string) =>
  bad('InvalidInstanceName.Duplicate', `An instance named '${name}' already exists; names identify instances too.`);
export const imageNotFound = (id: string) =>
  bad('InvalidImageID.NotFound', `The template '${id}' does not exist (see DescribeTemplates).`);
export const instanceTypeNotFound = (t: string) =>
  bad('InvalidInstanceType.NotFound', `The instance type '${t}' does not exist (see DescribeInstanceTypes).`);
export const instanceTypeUnchanged = (t: string) =>
  bad('InvalidInstanceType.Unchanged', `The instance is already of type '${t}'.`);
export const keyPairNotFound = (name: string) => bad('InvalidKeyPair.NotFound', `The key pair '${name}' does not exist.`);
export const keyPairDuplicate = (name: string) => bad('InvalidKeyPair.Duplicate', `The key pair '${name}' already exists.`);
export const keyFormat = (why: string) => bad('InvalidKey.Format', `The public key material is not valid: ${why}.`);
export const invalidDuration = (value: string, why: string) =>
  bad('InvalidParameterValue', `Duration '${value}' is not valid: ${why}.`);
export const metadataLimit = (why: string) => bad('InvalidParameterValue', `Metadata refused: ${why}.`);
