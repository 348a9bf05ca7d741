import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import { z } from 'zod';

/**
 * Which proxies in front of the server to believe about the client's address:
 * none (X-Forwarded-For is ignored), the nearest `hops` proxies, or those in a list of
 * addresses and CIDR ranges.
 */
export type TrustProxy =
  | { kind: 'none' }
  | { kind: 'hops'; hops: number }
  | { kind: 'list'; ranges: readonly string[] };

const OFF = new Set(['false', 'off', 'no', '0', 'none']);

/** TRUST_PROXY's value: `false` (default), a hop count such as `1`, or `10.0.0.0/8,127.0.0.1`. */
export const TrustProxySchema = z.string().transform((value, ctx): TrustProxy => {
  const v = value.trim().toLowerCase();
  if (OFF.has(v)) return { kind: 'none' };
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops <= 100) return { kind: 'hops', hops };
  }
  const ranges = v.split(',').map((r) => r.trim());
  const bad = ranges.find((r) => !validRange(r));
  if (bad === undefined && ranges.length > 0) return { kind: 'list', ranges };
  ctx.addIssue({
    code: 'custom',
    message:
      'must be false, a number of proxies (e.g. 1), or addresses and CIDR ranges separated by commas (e.g. 10.0.0.0/8,127.0.0.1)',
  });
  return z.NEVER;
});

function validRange(range: string): boolean {
  const [address, bits, extra] = range.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n <= (family === 4 ? 32 : 128);
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are one address. */
function plain(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * The function that says who sent a request: the socket's peer unless a trusted proxy says
 * otherwise in X-Forwarded-For. With no trust, the header is never read, so a client cannot
 * pick its own address for the rate limit or the logs.
 */
export function createClientAddress(trust: TrustProxy): (req: IncomingMessage) => string {
  if (trust.kind === 'none') return (req) => plain(req.socket.remoteAddress ?? 'unknown');
  const blocks = new BlockList();
  if (trust.kind === 'list') {
    for (const range of trust.ranges) {
      const [address = '', bits] = range.split('/');
      const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (bits === undefined) blocks.addAddress(address, type);
      else blocks.addSubnet(address, Number(bits), type);
    }
  }
  const trusted = (address: string, hop: number) =>
    trust.kind === 'hops'
      ? hop < trust.hops
      : isIP(address) !== 0 && blocks.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');

  return (req) => {
    const peer = plain(req.socket.remoteAddress ?? 'unknown');
    const header = req.headers['x-forwarded-for'];
    if (!header) return peer;
    // Nearest first: the peer, then the addresses each proxy appended, right to left.
    const chain = [peer];
    const forwarded = (Array.isArray(header) ? header.join(',') : header).split(',');
    for (let i = forwarded.length - 1; i >= 0; i--) chain.push(plain(forwarded[i]?.trim() ?? ''));
    let hop = 0;
    while (hop + 1 < chain.length && trusted(chain[hop] as string, hop)) {
      const next = chain[hop + 1] as string;
      if (isIP(next) === 0) break; // garbage in the header is not an address
      hop++;
    }
    return chain[hop] as string;
  };
}
