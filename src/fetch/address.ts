import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { FetchError, shown } from './errors';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to every address it has; injectable so tests never depend on real DNS. */
export type Lookup = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemLookup: Lookup = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

/**
 * Why an address must not be contacted, or null when it may be. Only ipaddr.js's 'unicast' range
 * (what is left once every special-purpose block is taken out) is public: an allow-list, so a block we
 * did not think of (6to4, NAT64, benchmarking …) is refused rather than let through. `process` turns
 * an IPv4-mapped IPv6 address (::ffff:10.0.0.1) into the IPv4 address it stands for before the check.
 */
export function addressRefusal(address: string, allowLoopback: boolean): string | null {
  let range: string;
  try {
    range = ipaddr.process(address).range();
  } catch {
    return 'not an IP address';
  }
  if (range === 'unicast' || (range === 'loopback' && allowLoopback)) return null;
  return `${RANGE_WORDS[range] ?? `a reserved (${range})`} address`;
}

const RANGE_WORDS: Record<string, string> = {
  private: 'a private',
  carrierGradeNat: 'a private (carrier-grade NAT)',
  uniqueLocal: 'a private (unique-local)',
  loopback: 'a loopback',
  linkLocal: 'a link-local',
  unspecified: 'an unspecified',
  multicast: 'a multicast',
  broadcast: 'a broadcast',
};

/**
 * Every address the URL's host stands for, each checked; refuses if ANY is not public, because the
 * connection could land on any of them. The caller connects only to these addresses (see
 * `pinnedLookup` in get.ts), so a second, different DNS answer cannot slip in between check and use.
 */
export async function vetHost(url: URL, lookup: Lookup, allowLoopback: boolean): Promise<ResolvedAddress[]> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1'); // IPv6 literals come bracketed
  let addresses: ResolvedAddress[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await lookup(host);
    } catch {
      throw new FetchError('network', `cannot resolve ${shown(host)}`);
    }
  }
  if (addresses.length === 0) throw new FetchError('network', `cannot resolve ${shown(host)}`);
  for (const { address } of addresses) {
    const refusal = addressRefusal(address, allowLoopback);
    if (refusal) {
      const where = address === host ? shown(host) : `${shown(host)} resolves to ${address}, which`;
      throw new FetchError('blocked', `refused: ${where} is ${refusal}`);
    }
  }
  return addresses;
}
