// What other modules may use of the VDC and networks module (nothing else of its insides).
export { useVdcs } from './useVdcs';
/** The page of one VDC (for links from elsewhere, e.g. the audit log). */
export const vdcPath = (id: string, account?: string) =>
  `/vdcs/${encodeURIComponent(id)}${account ? `?account=${encodeURIComponent(account)}` : ''}`;
