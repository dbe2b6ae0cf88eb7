import { z } from 'zod';

/** The one error shape the BFF answers with, whatever went wrong and where. */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  requestId: z.string(),
  httpStatus: z.number(),
  /** Field-by-field problems, for validation errors. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** For AccountLocked: when sign-in opens again (ISO time). */
  lockedUntil: z.string().optional(),
  /** The upstream's own request id and code, when the error came from the cloud. */
  upstream: z
    .object({ code: z.string().optional(), requestId: z.string().optional(), httpStatus: z.number().optional() })
    .optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
