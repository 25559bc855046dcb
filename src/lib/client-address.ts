import type { IncomingMessage } from 'node:http';

/**
 * The client's address: the socket's peer, or — behind `trustedProxies` reverse proxies that each
 * append the address they saw to X-Forwarded-For — the entry that the outermost trusted proxy
 * appended. Entries further left are written by the client and never trusted.
 */
export function clientAddress(request: Request | undefined, req: IncomingMessage | undefined, trustedProxies: number): string {
  const peer = req?.socket?.remoteAddress ?? 'unknown';
  if (trustedProxies <= 0) return peer;
  const forwarded = (request?.headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return forwarded[forwarded.length - trustedProxies] ?? peer;
}
