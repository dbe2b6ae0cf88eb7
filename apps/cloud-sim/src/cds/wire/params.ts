import type { ActionDef } from '@console/api-types';
import type { z } from 'zod';
import { bodyNotJson, type CdsError, invalidParameter, missingParameter } from '../exceptions';
import { COMMON_PARAMETERS } from './auth';

const COMMON = new Set<string>(COMMON_PARAMETERS);

/**
 * The JSON object of a request body. POST bodies are not signed and need no Content-Type:
 * any non-empty body is read as JSON (as `requests.post(url, json=body)` sends it); a GET body
 * is read the same way (the document's CreateTemplate sample sends one).
 */
export function parseJsonBody(body: unknown): Record<string, unknown> {
  if (!Buffer.isBuffer(body) || body.length === 0) return {};
  const text = body.toString('utf8');
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw bodyNotJson((err as Error).message);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw bodyNotJson(`found ${Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : typeof parsed}`);
  }
  return parsed as Record<string, unknown>;
}

/** Action parameters: the query's (minus the common ones), then the body's on top. */
export function actionParameters(query: Record<string, string>, body: Record<string, unknown>) {
  // fromEntries defines own properties: a "__proto__" key stays a key, never a prototype.
  return Object.fromEntries([...Object.entries(query).filter(([k]) => !COMMON.has(k)), ...Object.entries(body)]);
}

/** Codes the document gives for a malformed value of a field; any other field answers InvalidParameter. */
export const FIELD_CODES: Record<string, string> = {
  Password: 'InvalidPassword.Malformed',
  InstanceName: 'InvalidInstanceName.Malformed',
  InstanceId: 'InvalidInstanceID.Malformed',
  InstanceIds: 'InvalidInstanceID.Malformed',
  RegionId: 'InvalidRegionID.Malformed',
  VdcId: 'InvalidVdcId.Malformed',
  DataDisks: 'InvalidDataDiskSize.ValueNotSupported',
  TaskId: 'InvalidTaskID.Malformed',
  PublicIp: 'InvalidPublicIpAddress.Malformed',
  PrivateIp: 'InvalidPrivateIpAddress.Malformed',
};

export interface ValidationOptions {
  /** Other names clients send for a parameter, e.g. PubIp for PublicIp (the sample code's spelling). */
  aliases?: Record<string, string>;
  /** Per-action codes, where the document spells one differently (InvalidInstanceId.Malformed); keys may be dotted paths. */
  fieldCodes?: Record<string, string>;
  /** The action's own error for an absent mandatory parameter, where its document names one (else MissingParameter). */
  missing?: (name: string) => CdsError;
}

type Issue = z.core.$ZodIssue;

const pathText = (path: PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');

/**
 * Validates with the catalog entry's input schema. Query values are strings; where a field
 * fails as a string and the string is JSON (a list, an object, a number), the decoded value is
 * tried, so a GET can carry lists as the BFF's wire encoding sends them.
 */
export function validateParameters<I extends z.ZodType>(
  def: ActionDef<I>,
  params: Record<string, unknown>,
  opts: ValidationOptions = {},
): z.output<I> {
  const input = { ...params };
  for (const [alias, name] of Object.entries(opts.aliases ?? {})) {
    if (input[alias] !== undefined && input[name] === undefined) input[name] = input[alias];
    delete input[alias];
  }
  let result = def.input.safeParse(input);
  if (!result.success) {
    const retry = { ...input };
    let changed = false;
    for (const issue of result.error.issues) {
      const key = issue.path[0];
      const raw = typeof key === 'string' ? retry[key] : undefined;
      if (typeof key !== 'string' || typeof raw !== 'string') continue;
      try {
        const decoded: unknown = JSON.parse(raw);
        if (typeof decoded !== 'string') {
          retry[key] = decoded;
          changed = true;
        }
      } catch {
        /* not JSON: keep the string and its error */
      }
    }
    if (changed) result = def.input.safeParse(retry);
  }
  if (result.success) return result.data;
  throw toCdsError(result.error.issues, input, opts);
}

function toCdsError(issues: Issue[], input: Record<string, unknown>, { fieldCodes = {}, missing = missingParameter }: ValidationOptions) {
  const first = issues[0]!;
  const field = String(first.path[0] ?? '');
  if (first.path.length <= 1 && field && (input[field] === undefined || input[field] === null)) {
    return missing(field);
  }
  // A nested field may have its own code ("PublicNetwork.Qos", "BindData.InstanceId" for any entry), else its top-level field's.
  const dotted = first.path.filter((p) => typeof p !== 'number').map(String).join('.');
  const code = fieldCodes[dotted] ?? fieldCodes[field] ?? FIELD_CODES[field] ?? 'InvalidParameter';
  const problems = issues.map((i) => `${pathText(i.path) || 'body'}: ${i.message}`).join('; ');
  return invalidParameter(code, `The specified parameter "${field || 'body'}" is not valid. ${problems}`);
}
