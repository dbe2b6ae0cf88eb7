// What other modules may use of the MOS module (nothing else of its insides).

const onAccount = (account?: string) => (account ? `?account=${encodeURIComponent(account)}` : '');

/** The page of one MOS instance (for links from elsewhere, e.g. the audit log). */
export const mosInstancePath = (id: string, account?: string) => `/mos/instances/${encodeURIComponent(id)}${onAccount(account)}`;
/** Key pairs have no page of their own: their list. */
export const mosKeyPairsPath = (account?: string) => `/mos/key-pairs${onAccount(account)}`;
