import type { Response } from 'express';
import type { CdsError } from '../exceptions';

/** A success answer in the document's envelope: Code "Success", Message "Success.", a RequestId. */
export function sendSuccess(res: Response, requestId: string, payload: Record<string, unknown>) {
  res.status(200).json({ Code: 'Success', Message: 'Success.', RequestId: requestId, ...payload });
}

/** An error answer: `{"Code", "Message", "RequestId"}` with the error's HTTP status. */
export function sendError(res: Response, requestId: string, err: CdsError) {
  res.status(err.status).json({ Code: err.code, Message: err.message, RequestId: requestId });
}
