/**
 * MOS accounts carry a region (sent and signed as `Region`, as the published clients do) beside
 * their endpoint URL. CDS accounts have none: their region travels in each call's RegionId.
 */
export const sql = `
ALTER TABLE cloud_accounts ADD COLUMN region text
  CHECK (region IS NULL OR (provider = 'mos' AND length(region) BETWEEN 1 AND 64));
`;
