import { CdsError } from './exceptions';

/**
 * Error codes of the PaaS documents (the table shared by cds-mysql-api.md and cds-redis-api.md):
 * ArgMissing, InvalidParameter, BadArgs, UnsupportedOperation (400), ResourceNotFound (404),
 * ResourceInUse (409). Memcached's only documented error is "20001 参数错误": its bad parameters
 * answer that code (with HTTP 400); its other errors use the PaaS table, as the same platform.
 */

const e = (status: number, code: string, message: string) => new CdsError(status, code, message);

export const argMissing = (name: string) => e(400, 'ArgMissing', `缺少参数错误: the parameter "${name}" is required.`);
export const paasInvalidParameter = (detail: string) => e(400, 'InvalidParameter', `参数错误: ${detail}`);
export const memcachedBadParameter = (detail: string) => e(400, '20001', `参数错误: ${detail}`);
/** A well-formed value the offer does not have (a PaasGoodsId, disk type or size not sold). */
export const badArgs = (detail: string) => e(400, 'BadArgs', `参数错误: ${detail}`);
export const unsupportedOperation = (detail: string) => e(400, 'UnsupportedOperation', `操作不支持: ${detail}`);
export const resourceNotFound = (what: string, id: string) => e(404, 'ResourceNotFound', `资源不存在: ${what} ${id} does not exist.`);
export const resourceInUse = (what: string, id: string, status: string) =>
  e(409, 'ResourceInUse', `资源正在被其他任务占用，操作冲突: ${what} ${id} is ${status}; wait for its task to end.`);
