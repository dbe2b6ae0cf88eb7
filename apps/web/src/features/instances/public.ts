// What other modules may use of the instances module (nothing else of its insides).
export { markInstances } from './optimistic';
/** The page of one instance (for links from elsewhere, e.g. the audit log). */
export const instancePath = (id: string, account?: string) =>
  `/instances/${encodeURIComponent(id)}${account ? `?account=${encodeURIComponent(account)}` : ''}`;
