import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientAddress } from '../../src/lib/client-address.js';
import { MemoryThrottleStore, RedisThrottleStore, type ThrottleStore } from '../../src/lib/throttle.js';
import { createTestApp, type TestApp } from '../helpers.js';

/** Login throttle (issue 10 item 6): growing locks per account and per address, in memory and in Redis. */

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

interface Answer { status: number; code?: string; retryAfter?: number; header: string | null; token?: string }

async function login(username: string, password: string, address: string): Promise<Answer> {
  // The node adapter hands yoga the IncomingMessage as `req`; the throttle reads its socket's peer.
  const res = await app.yoga.fetch('http://zeren.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
  }, { req: { socket: { remoteAddress: address } } });
  const body = (await res.json()) as { data?: { login?: { token: string } }; errors?: { extensions?: { code?: string; retryAfter?: number } }[] };
  const error = body.errors?.[0]?.extensions;
  return { status: res.status, code: error?.code, retryAfter: error?.retryAfter, header: res.headers.get('retry-after'), token: body.data?.login?.token };
}

const minutes = (n: number) => n * 60_000;
let clock = Date.parse('2026-03-02T09:00:00Z');
const advance = (ms: number) => { clock += ms; app.setNow(new Date(clock)); };

const stores: [string, () => { store: ThrottleStore; cleanup: () => Promise<void> }][] = [
  ['in memory', () => ({ store: new MemoryThrottleStore(), cleanup: async () => {} })],
  ['in Redis', () => {
    const prefix = `zeren-test:${process.pid}:${randomBytes(4).toString('hex')}:`;
    const store = new RedisThrottleStore(REDIS_URL, prefix);
    return {
      store,
      async cleanup() {
        const redis = new Redis(REDIS_URL);
        const keys = await redis.keys(`${prefix}*`);
        if (keys.length) await redis.del(...keys);
        redis.disconnect();
        await store.close();
      },
    };
  }],
];

describe.each(stores)('login throttle %s', (_name, make) => {
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    await cleanup?.();
    const made = make();
    app.services.loginThrottle = made.store;
    cleanup = made.cleanup;
    advance(minutes(60));
  });
  afterAll(() => cleanup?.());

  it('answers RATE_LIMITED with a retry-after well before 20 failures, and the lock expires', async () => {
    const answers: Answer[] = [];
    for (let i = 0; i < 19; i++) answers.push(await login('secretary', 'wrong', '10.0.0.1'));
    const first = answers.findIndex((a) => a.code === 'RATE_LIMITED');
    expect(first).toBeGreaterThanOrEqual(1);
    expect(first).toBeLessThanOrEqual(6);
    expect(answers.slice(0, first).every((a) => a.code === 'INVALID_CREDENTIALS')).toBe(true);
    const refused = answers[first]!;
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.header).toBe(String(refused.retryAfter));
    // Even the right password waits out the lock from that address.
    expect((await login('secretary', 'demo', '10.0.0.1')).code).toBe('RATE_LIMITED');
    advance(refused.retryAfter! * 1000);
    expect((await login('secretary', 'demo', '10.0.0.1')).token).toBeTruthy();
    // A success clears the account's count: the next failure is an ordinary one.
    expect((await login('secretary', 'wrong', '10.0.0.1')).code).toBe('INVALID_CREDENTIALS');
  });

  it('grows the delay with each failure past the lock, capped at 15 minutes', async () => {
    const delays: number[] = [];
    for (let i = 0; i < 30; i++) {
      const a = await login('secretary', 'wrong', '10.0.0.2');
      if (a.code === 'RATE_LIMITED') {
        delays.push(a.retryAfter!);
        advance(a.retryAfter! * 1000);
      }
    }
    expect(delays.length).toBeGreaterThan(5);
    expect(delays[2]!).toBeGreaterThan(delays[0]!);
    expect(Math.max(...delays)).toBeLessThanOrEqual(15 * 60);
    expect(delays.at(-1)).toBe(15 * 60);
  });

  it('refuses concurrent guesses once the free failures are spent', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, () => login('secretary', 'wrong', '10.0.0.3')));
    expect(answers.filter((a) => a.code === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => a.code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(25);
  });

  it('does not lock the real user out: a clean address with the right password signs in at once', async () => {
    for (let i = 0; i < 12; i++) await login('secretary', 'wrong', '10.0.0.4');
    expect((await login('secretary', 'demo', '10.0.0.4')).code).toBe('RATE_LIMITED');
    expect((await login('secretary', 'demo', '10.0.0.5')).token).toBeTruthy();
    // A guess from a fresh address while the account is locked gets no answer about the password.
    for (let i = 0; i < 12; i++) await login('secretary', 'wrong', '10.0.0.4');
    expect((await login('secretary', 'wrong', '10.0.0.6')).code).toBe('RATE_LIMITED');
  });

  it('counts per address across usernames (password spraying)', async () => {
    const answers: Answer[] = [];
    for (let i = 0; i < 25; i++) answers.push(await login(`nobody${i}`, 'demo', '10.0.0.7'));
    expect(answers.slice(0, 20).every((a) => a.code === 'INVALID_CREDENTIALS')).toBe(true);
    expect(answers.slice(20).some((a) => a.code === 'RATE_LIMITED')).toBe(true);
    // Another address is unaffected.
    expect((await login('secretary', 'demo', '10.0.0.8')).token).toBeTruthy();
  });

  it('successful sign-ins do not use up an office address\'s allowance', async () => {
    for (let i = 0; i < 30; i++) expect((await login('secretary', 'demo', '10.0.0.9')).token).toBeTruthy();
  });
});

describe('client address', () => {
  const request = (xff?: string) => new Request('http://x/', { headers: xff ? { 'x-forwarded-for': xff } : {} });
  const req = { socket: { remoteAddress: '192.0.2.1' } } as never;
  it('takes the socket peer and ignores X-Forwarded-For unless proxies are trusted', () => {
    expect(clientAddress(request('203.0.113.9'), req, 0)).toBe('192.0.2.1');
  });
  it('behind trusted proxies, takes the entry the outermost one appended, not what the client wrote', () => {
    expect(clientAddress(request('spoofed, 203.0.113.9'), req, 1)).toBe('203.0.113.9');
    expect(clientAddress(request('spoofed, 203.0.113.9, 10.1.1.1'), req, 2)).toBe('203.0.113.9');
    expect(clientAddress(request(), req, 1)).toBe('192.0.2.1');
  });
});
