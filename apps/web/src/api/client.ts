import { parseApiError, type ActionRef, type ApiError } from '@console/api-types/client';
import type { z } from 'zod';

/** What the BFF answers for a successful action call. */
export interface ActionResponse<N> {
  data: N;
  /** Present for task-starting actions: each one is followed with DescribeTask. */
  taskIds?: string[];
  requestId: string;
}

/** Any catalog entry as the browser has it: metadata typed by the full entry (no schemas at run time). */
export type AnyAction = ActionRef<any>;
type DefOf<R> = R extends ActionRef<infer D> ? D : never;
export type ActionInput<R> = DefOf<R> extends { input: infer I extends z.ZodType } ? z.input<I> : never;
export type ActionData<R> = DefOf<R> extends { normalize: (raw: any) => infer N } ? N : never;

/** An error the console can show: always carries the BFF's code, message and request id. */
export class ApiRequestError extends Error {
  readonly apiError: ApiError;
  constructor(apiError: ApiError) {
    super(apiError.message);
    this.name = 'ApiRequestError';
    this.apiError = apiError;
  }
  get code() {
    return this.apiError.code;
  }
  get requestId() {
    return this.apiError.requestId;
  }
  get httpStatus() {
    return this.apiError.httpStatus;
  }
}

export interface CallOptions {
  signal?: AbortSignal;
  /** The cloud account to act with (`?account=`); the BFF uses the provider's first one without it. */
  account?: string;
  /** Injected by tests; the browser's fetch otherwise. */
  fetchImpl?: typeof fetch;
}

/** The BFF route of a catalog entry, with the cloud account when given: the browser never names a cloud host. */
export const actionUrl = (def: Pick<ActionRef, 'provider' | 'product' | 'action'>, account?: string) =>
  `/api/actions/${def.provider}/${def.product}/${encodeURIComponent(def.action)}${account ? `?account=${encodeURIComponent(account)}` : ''}`;

/**
 * Maps any non-2xx answer to the one ApiError shape. A body that is already an ApiError is
 * kept as is; anything else (a proxy's HTML page while the BFF is down, an empty body) gets a
 * code derived from the status so the person still sees something specific.
 */
export function toApiError(status: number, body: unknown, headerRequestId?: string | null): ApiError {
  const parsed = parseApiError(body);
  if (parsed) return parsed;
  const code =
    status === 401 ? 'NotSignedIn' : status === 502 || status === 503 || status === 504 ? 'ConsoleUnavailable' : `Http${status}`;
  return {
    code,
    message:
      status >= 502 && status <= 504
        ? 'The console server is not answering. Try again in a moment.'
        : `The console server answered HTTP ${status} without an error description.`,
    requestId: headerRequestId ?? '',
    httpStatus: status,
  };
}

/** Anything thrown, as an ApiError to display. */
export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiRequestError) return err.apiError;
  const parsed = parseApiError(err);
  if (parsed) return parsed;
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'ClientError', message, requestId: '', httpStatus: 0 };
}

const networkError = () =>
  new ApiRequestError({
    code: 'NetworkError',
    message: 'The console server could not be reached. Check your connection and try again.',
    requestId: '',
    httpStatus: 0,
  });

/** One request to the BFF with the CSRF header and the session cookie; errors become ApiRequestError. */
export async function bffFetch(path: string, init: RequestInit, opts: CallOptions = {}): Promise<unknown> {
  const doFetch = opts.fetchImpl ?? fetch;
  let res: Response;
  try {
    res = await doFetch(path, {
      ...init,
      credentials: 'same-origin',
      signal: opts.signal,
      headers: { 'X-CSRF': '1', Accept: 'application/json', ...(init.headers as Record<string, string>) },
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw networkError();
  }
  const headerRequestId = res.headers.get('x-request-id');
  if (res.status === 204) return undefined; // No Content: sign-out, unlock, a new password
  const text = await res.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!res.ok) throw new ApiRequestError(toApiError(res.status, body, headerRequestId));
  if (body === undefined) {
    throw new ApiRequestError({
      code: 'MalformedResponse',
      message: 'The console server answered with something that is not JSON.',
      requestId: headerRequestId ?? '',
      httpStatus: res.status,
    });
  }
  return body;
}

/** A JSON call to one of the console's own routes (session, people, accounts, audit). */
export function consoleCall<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, opts: CallOptions = {}): Promise<T> {
  const init: RequestInit =
    body === undefined ? { method } : { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  return bffFetch(path, init, opts) as Promise<T>;
}

/** A file from the BFF (a plain link cannot carry X-CSRF): its bytes and the name the server suggests. */
export async function bffDownload(path: string, opts: CallOptions = {}): Promise<{ blob: Blob; filename?: string }> {
  const doFetch = opts.fetchImpl ?? fetch;
  let res: Response;
  try {
    res = await doFetch(path, { method: 'GET', credentials: 'same-origin', signal: opts.signal, headers: { 'X-CSRF': '1' } });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw networkError();
  }
  if (!res.ok) {
    let body: unknown;
    try {
      body = JSON.parse(await res.text());
    } catch {
      body = undefined;
    }
    throw new ApiRequestError(toApiError(res.status, body, res.headers.get('x-request-id')));
  }
  const disposition = res.headers.get('content-disposition') ?? '';
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  return { blob: await res.blob(), filename };
}

/** Calls a catalog action and returns the whole answer (data, taskIds, requestId). */
export async function sendAction<D extends AnyAction>(
  def: D,
  input: ActionInput<D>,
  opts: CallOptions = {},
): Promise<ActionResponse<ActionData<D>>> {
  const body = await bffFetch(
    actionUrl(def, opts.account),
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input ?? {}) },
    opts,
  );
  return body as ActionResponse<ActionData<D>>;
}

/** Calls a catalog action and returns its normalized data. */
export async function callAction<D extends AnyAction>(
  def: D,
  input: ActionInput<D>,
  opts: CallOptions = {},
): Promise<ActionData<D>> {
  return (await sendAction(def, input, opts)).data;
}
