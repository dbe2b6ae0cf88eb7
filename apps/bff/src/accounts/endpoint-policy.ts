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

/** The 8 groups of an IPv6 address (`::` expanded, a dotted IPv4 tail as two groups). */
function ipv6Groups(addr: string): number[] {
  let text = addr;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const part = (p: string) => (p ? p.split(':').map((g) => parseInt(g, 16)) : []);
  const h = part(head);
  const t = tail === undefined ? [] : part(tail);
  return [...h, ...Array<number>(8 - h.length - t.length).fill(0), ...t];
}

const isLinkLocalV4 = (a: number, b: number) => a === 169 && b === 254;

/**
 * Link-local or metadata, however written: a trailing dot, an IPv4 address inside IPv6
 * (mapped ::ffff:0:0/96, compatible ::/96, NAT64 64:ff9b::/96), fe80::/10, AWS's fd00:ec2::254.
 */
export function isForbiddenAddress(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').replace(/\.+$/, '').toLowerCase();
  if (METADATA_HOSTS.has(bare)) return true;
  if (isIP(bare) === 4) {
    const [a, b] = bare.split('.').map(Number) as [number, number];
    return isLinkLocalV4(a, b);
  }
  if (isIP(bare) === 6) {
    const g = ipv6Groups(bare);
    const embeddedV4 =
      (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) || (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0));
    if (embeddedV4 && isLinkLocalV4(g[6]! >> 8, g[6]! & 0xff)) return true;
    if ((g[0]! & 0xffc0) === 0xfe80) return true;
    return g.join(':') === [0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254].join(':');
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
        // A trailing dot names the same host: compare without it.
        host = new URL(url).hostname.toLowerCase().replace(/\.+$/, '');
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
