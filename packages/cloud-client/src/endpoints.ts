/** CDS API hosts by area, as the core document lists them. */
export const CDS_AREA_ENDPOINTS = {
  mainland: 'https://cdsapi.capitalonline.net',
  'asia-pacific': 'https://cdsapi-asia.capitalonline.net',
  'americas-europe': 'https://cdsapi-us.capitalonline.net',
} as const;

export type EndpointArea = keyof typeof CDS_AREA_ENDPOINTS | 'custom';

/** The base URL for an account: a known area's host, or the custom URL it was given. */
export function cdsEndpointFor(area: EndpointArea, customUrl: string | null): string {
  if (area === 'custom') {
    if (!customUrl) throw new Error('A custom endpoint needs a URL');
    return customUrl;
  }
  return CDS_AREA_ENDPOINTS[area];
}
