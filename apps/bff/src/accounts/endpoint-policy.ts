import { isIP } from 'node:net';
import { CDS_AREA_ENDPOINTS } from '@console/cloud-client';

/**
 * Where a cloud account may send its signed calls. Never to link-local or cloud metadata
 * addresses; custom URLs (a CDS "custom" area, every MOS account) only to hosts the operator
 * allows (CUSTOM_ENDPOINT_HOSTS; by default the hosts of CDS_ENDPOINT and MOS_ENDPOINT, `*` for
 * any). Checked on the literal host: names are the operator's to allow.
 */
export interface EndpointPolicy {
  /** A reason the URL may not be used, or undefined when it may. */
  problem(url: string): string | undefined;
}

const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata', '100.100.100.200']);

function isForbiddenAddress(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (METADATA_HOSTS.has(bare)) return true;
  if (isIP(bare) === 4) return bare.startsWith('169.254.');
  if (isIP(bare) === 6) {
    const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare)?.[1];
    if (v4) return v4.startsWith('169.254.');
    return /^fe[89ab][0-9a-f]?:/.test(bare) || bare === 'fd00:ec2::254';
  }
  return false;
}

export function endpointPolicy(allowedHosts: readonly string[]): EndpointPolicy {
  const any = allowedHosts.includes('*');
  const allowed = new Set([...allowedHosts, ...Object.values(CDS_AREA_ENDPOINTS).map((u) => new URL(u).hostname)].map((h) => h.toLowerCase()));
  return {
    problem(url) {
      let host: string;
      try {
        host = new URL(url).hostname.toLowerCase();
      } catch {
        return 'The endpoint URL is not a valid URL';
      }
      if (isForbiddenAddress(host)) return 'Link-local and cloud metadata addresses are never a cloud endpoint';
      if (!any && !allowed.has(host)) {
        return `The host ${host} is not among the endpoints this console may call; the operator allows more with CUSTOM_ENDPOINT_HOSTS`;
      }
      return undefined;
    },
  };
}

/** The default allow-list: the hosts the operator configured the console's own accounts with. */
export function configuredHosts(...urls: (string | undefined)[]): string[] {
  return urls.flatMap((u) => {
    try {
      return u ? [new URL(u).hostname] : [];
    } catch {
      return [];
    }
  });
}
