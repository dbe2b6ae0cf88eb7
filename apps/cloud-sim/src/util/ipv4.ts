const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export const isIpv4 = (s: string) => IPV4.test(s);

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** The block of `mask` bits that contains `ip`: network address, size and broadcast. */
export function block(ip: string, mask: number) {
  const size = 2 ** (32 - mask);
  const network = Math.floor(ipToInt(ip) / size) * size;
  return { network, size, broadcast: network + size - 1 };
}
