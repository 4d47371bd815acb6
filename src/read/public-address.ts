// Which network addresses bilat may fetch from: public ones only. A feed or page address that
// reaches this machine, its private network or a cloud's metadata service would let anyone
// who can add a feed read internal pages back as documents. Ranges from the IANA IPv4 and
// IPv6 Special-Purpose Address Registries (RFC 6890 and its updates), plus multicast.
import { BlockList, isIP } from 'node:net';

/** The environment variable through which an administrator lets bilat fetch from networks it refuses by default. */
export const ALLOW_NETWORKS_VARIABLE = 'BILAT_ALLOW_NETWORKS';

const SPECIAL_IPV4: readonly [string, number, string][] = [
  ['0.0.0.0', 8, 'an unspecified ("this network") address'],
  ['10.0.0.0', 8, 'a private address'],
  ['100.64.0.0', 10, 'a carrier-grade NAT address'],
  ['127.0.0.0', 8, 'a loopback address (this machine)'],
  ['169.254.0.0', 16, 'a link-local address'],
  ['172.16.0.0', 12, 'a private address'],
  ['192.0.0.0', 24, 'an IETF protocol address'],
  ['192.0.2.0', 24, 'a documentation address'],
  ['192.88.99.0', 24, 'a 6to4 relay address'],
  ['192.168.0.0', 16, 'a private address'],
  ['198.18.0.0', 15, 'a benchmarking address'],
  ['198.51.100.0', 24, 'a documentation address'],
  ['203.0.113.0', 24, 'a documentation address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved or broadcast address'],
];

const SPECIAL_IPV6: readonly [string, number, string][] = [
  ['::', 96, 'an unspecified, loopback or IPv4-compatible address'],
  ['64:ff9b:1::', 48, 'a local NAT64 address'],
  ['100::', 64, 'a discard address'],
  ['2001::', 23, 'an IETF protocol address'],
  ['2001:db8::', 32, 'a documentation address'],
  ['fc00::', 7, 'a unique local (private) address'],
  ['fe80::', 10, 'a link-local address'],
  ['fec0::', 10, 'a site-local address'],
  ['ff00::', 8, 'a multicast address'],
];

/** Prefixes of IPv6 ranges that carry an IPv4 address inside, and where it sits (the group it starts at). */
const IPV4_CARRIERS: readonly { prefix: string; groups: number; ipv4At: number }[] = [
  { prefix: '0:0:0:0:0:ffff', groups: 6, ipv4At: 6 }, // IPv4-mapped, ::ffff:a.b.c.d
  { prefix: '64:ff9b:0:0:0:0', groups: 6, ipv4At: 6 }, // NAT64, 64:ff9b::a.b.c.d
  { prefix: '2002', groups: 1, ipv4At: 1 }, // 6to4, 2002:AABB:CCDD::
];

function blockList(ranges: readonly [string, number, string][], type: 'ipv4' | 'ipv6'): { list: BlockList; reasons: { list: BlockList; reason: string }[] } {
  const list = new BlockList();
  const reasons = ranges.map(([network, prefix, reason]) => {
    const one = new BlockList();
    one.addSubnet(network, prefix, type);
    list.addSubnet(network, prefix, type);
    return { list: one, reason };
  });
  return { list, reasons };
}

const ipv4Ranges = blockList(SPECIAL_IPV4, 'ipv4');
const ipv6Ranges = blockList(SPECIAL_IPV6, 'ipv6');

/** The eight groups of an IPv6 address, in lower-case hex without leading zeros. */
export function ipv6Groups(address: string): string[] {
  const [head, tail] = address.toLowerCase().split('::');
  const part = (text: string | undefined) => (text ? text.split(':') : []);
  let groups = [...part(head), ...(tail === undefined ? [] : part(tail))];
  // A dotted IPv4 tail (::ffff:127.0.0.1) is two groups.
  const last = groups.at(-1);
  if (last?.includes('.')) {
    const bytes = last.split('.').map(Number);
    groups = [...groups.slice(0, -1), ((bytes[0] << 8) | bytes[1]).toString(16), ((bytes[2] << 8) | bytes[3]).toString(16)];
  }
  if (tail !== undefined) {
    const missing = 8 - groups.length;
    const before = part(head).length;
    groups.splice(before, 0, ...Array<string>(missing).fill('0'));
  }
  return groups.map((group) => Number.parseInt(group, 16).toString(16));
}

/** The IPv4 address an IPv6 one carries (mapped, NAT64, 6to4), if any. */
function embeddedIpv4(address: string): string | undefined {
  const groups = ipv6Groups(address);
  for (const carrier of IPV4_CARRIERS) {
    if (groups.slice(0, carrier.groups).join(':') !== carrier.prefix) continue;
    const high = Number.parseInt(groups[carrier.ipv4At], 16);
    const low = Number.parseInt(groups[carrier.ipv4At + 1], 16);
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  }
  return undefined;
}

/** Networks an administrator lets bilat fetch from although they are not public. */
export class AllowedNetworks {
  private readonly list = new BlockList();
  readonly isEmpty: boolean;

  /** From a list such as "10.1.0.0/16, 192.168.1.20, fd00::/8"; throws on an entry that is neither an address nor a network. */
  constructor(readonly text = '') {
    const entries = text.split(/[\s,]+/).filter(Boolean);
    for (const entry of entries) {
      const [address, prefixText] = entry.split('/');
      const type = isIP(address);
      const maximum = type === 6 ? 128 : 32;
      const prefix = prefixText === undefined ? maximum : Number(prefixText);
      if (!type || !/^\d*$/.test(prefixText ?? '') || !Number.isInteger(prefix) || prefix < 0 || prefix > maximum) {
        throw new Error(`${ALLOW_NETWORKS_VARIABLE}: "${entry}" is not an address or a network; write it as 10.1.0.0/16, 192.168.1.20 or fd00::/8, separated by commas`);
      }
      this.list.addSubnet(address, prefix, type === 6 ? 'ipv6' : 'ipv4');
    }
    this.isEmpty = entries.length === 0;
  }

  static fromEnvironment(env: NodeJS.ProcessEnv = process.env): AllowedNetworks {
    return new AllowedNetworks(env[ALLOW_NETWORKS_VARIABLE] ?? '');
  }

  includes(address: string): boolean {
    const type = isIP(address);
    return type !== 0 && this.list.check(address, type === 6 ? 'ipv6' : 'ipv4');
  }
}

/** Why bilat will not fetch from this IP address, or undefined when it is public (or allowed). */
export function refusalOf(address: string, allowed: AllowedNetworks = new AllowedNetworks()): string | undefined {
  const type = isIP(address);
  if (type === 0) return `"${address}" is not an IP address`;
  if (allowed.includes(address)) return undefined;
  if (type === 4) return ipv4Ranges.reasons.find(({ list }) => list.check(address, 'ipv4'))?.reason;
  const carried = embeddedIpv4(address);
  if (carried !== undefined) {
    const reason = refusalOf(carried, allowed);
    return reason === undefined ? undefined : `${reason.replace(/ \(.*\)$/, '')} (${carried}) written as IPv6`;
  }
  return ipv6Ranges.reasons.find(({ list }) => list.check(address, 'ipv6'))?.reason;
}

/** An address bilat will not fetch, whatever the network does: its scheme, its host, or too many redirects. */
export class UnfetchableUrlError extends Error {
  constructor(readonly url: string, readonly detail: string) {
    super(`${url}: ${detail}`);
    this.name = 'UnfetchableUrlError';
  }
}

/** An address that is or resolves to one bilat refuses to fetch from, with the reason and what an administrator can do. */
export class RefusedAddressError extends UnfetchableUrlError {
  constructor(url: string, readonly address: string, reason: string) {
    super(url, `not fetched: ${address} is ${reason}; bilat fetches from public addresses only (an administrator can allow a network with ${ALLOW_NETWORKS_VARIABLE}=10.1.0.0/16)`);
    this.name = 'RefusedAddressError';
  }
}

/** The URL's host as an address or name, without the brackets of an IPv6 literal. */
export function hostOf(url: string): string {
  const { hostname } = new URL(url);
  return hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
}

/**
 * Checks what can be checked of an address before fetching it: http(s), and, when its host
 * is an IP address in any notation (the URL parser writes 2130706433, 0x7f000001, 0177.0.0.1
 * and 127.1 as 127.0.0.1), that the address is public. A host name is checked when it resolves.
 */
export function checkFetchableUrl(url: string, allowed: AllowedNetworks = AllowedNetworks.fromEnvironment()): URL {
  if (!URL.canParse(url)) throw new UnfetchableUrlError(url, 'not an address');
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UnfetchableUrlError(url, `bilat fetches http and https addresses only, not ${parsed.protocol.slice(0, -1)}`);
  const host = hostOf(url);
  if (isIP(host)) {
    const reason = refusalOf(host, allowed);
    if (reason) throw new RefusedAddressError(url, host, reason);
  }
  return parsed;
}
