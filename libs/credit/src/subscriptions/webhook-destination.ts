import { BlockList, isIP } from 'node:net';

/**
 * Where a webhook URL leads: the addresses its host resolved to when the subscription was asked for, and the networks
 * the operator allows although they are internal (WEBHOOK_ALLOWED_NETWORKS).
 */
export interface WebhookDestination {
  /** The host's addresses (an IP literal is its own); empty when the name did not resolve. */
  readonly addresses: readonly string[];
  /** CIDRs or single addresses let through the internal-address guard (a department on 政务外网, a test receiver). */
  readonly allowedNetworks: readonly string[];
}

/**
 * Addresses a department's URL must not lead to unless allowed: the server would POST from inside the platform's
 * network (SSRF) — its own loopback, the cloud metadata service (169.254.169.254), private and shared networks.
 */
const INTERNAL: readonly (readonly [string, number, 'ipv4' | 'ipv6'])[] = [
  ['0.0.0.0', 8, 'ipv4'], // "this network"
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'], // shared address space (carrier NAT)
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'], // link-local, the metadata service
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['224.0.0.0', 3, 'ipv4'], // multicast and reserved, broadcast
  ['::', 128, 'ipv6'],
  ['::1', 128, 'ipv6'],
  ['fc00::', 7, 'ipv6'], // unique local
  ['fe80::', 10, 'ipv6'], // link-local
  ['ff00::', 8, 'ipv6'],
];

const internal = new BlockList();
for (const [network, prefix, family] of INTERNAL) internal.addSubnet(network, prefix, family);

/** The host as an address or name: brackets of an IPv6 literal dropped. */
export const webhookHost = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

/** Why the URL's destination is refused (it is, or resolves to, an internal address not allowed), or undefined. */
export function internalDestinationProblem(url: URL, destination: WebhookDestination): string | undefined {
  const host = webhookHost(url);
  const localName = host === 'localhost' || host.endsWith('.localhost');
  const addresses = isIP(host) ? [host] : localName ? ['127.0.0.1', ...destination.addresses] : destination.addresses;
  const allowed = networkList(destination.allowedNetworks);
  const refused = addresses.find((address) => isInternal(address) && !allowed.check(address, family(address)));
  if (!refused) return undefined;
  const leads = refused === host ? `is ${refused}` : `leads to ${refused}`;
  return (
    `${leads}, an internal address (loopback, private, link-local or reserved): a webhook must reach the department from ` +
    'outside the platform; an operator may allow a network with WEBHOOK_ALLOWED_NETWORKS'
  );
}

/** Why a WEBHOOK_ALLOWED_NETWORKS entry is not an address or CIDR, or undefined. */
export function allowedNetworkProblem(entry: string): string | undefined {
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return `${entry} is not an IP address or CIDR (e.g. 10.8.0.0/16, 127.0.0.1)`;
  if (prefix === undefined) return undefined;
  const max = version === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max) return `${entry}: the prefix length must be 0 to ${max}`;
  return undefined;
}

function networkList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    if (allowedNetworkProblem(entry)) continue; // refused by the configuration check before it gets here
    const [address, prefix] = entry.split('/');
    const kind = family(address);
    if (prefix === undefined) list.addAddress(address, kind);
    else list.addSubnet(address, Number(prefix), kind);
  }
  return list;
}

const family = (address: string): 'ipv4' | 'ipv6' => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

const isInternal = (address: string): boolean => isIP(address) !== 0 && internal.check(address, family(address));
