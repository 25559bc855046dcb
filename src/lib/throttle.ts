import { Redis } from 'ioredis';
import { DomainError } from '../errors.js';

/**
 * Login throttle (登录限流): failed sign-ins are counted per account (username) and per client
 * address. After a few free failures each further one locks the key for a delay that doubles, up
 * to a cap; a refused attempt is not counted, so an attacker cannot push the lock further out.
 *
 * Every attempt is counted *before* the password is checked (one atomic step that also checks the
 * lock), so fifty guesses sent at once cannot all slip past a check made before any of them
 * failed. A success takes its count back: it clears the account's failures and returns its slot to
 * the address.
 *
 * So that an attacker cannot lock a real user out for long: the account lock is capped at 15
 * minutes, and while an account is locked a request from an address that made no other attempt in
 * the window is still allowed to check its password (a correct one signs in and clears the lock; a
 * wrong one answers RATE_LIMITED). This lets a distributed attacker one guess per fresh address per
 * window; the per-address lock bounds everything else.
 */
export interface ThrottlePolicy {
  /** Failures allowed before the first lock. */
  free: number;
  /** Lock after the first counted failure past `free`, in ms; doubles with each further one. */
  baseMs: number;
  /** Longest lock, in ms. */
  capMs: number;
  /** Counts older than this (since the last failure) are forgotten, in ms. */
  windowMs: number;
}

export const ACCOUNT_POLICY: ThrottlePolicy = { free: 5, baseMs: 2_000, capMs: 15 * 60_000, windowMs: 30 * 60_000 };
/** An office behind one NAT address shares it: more free failures, same cap. */
export const ADDRESS_POLICY: ThrottlePolicy = { free: 20, baseMs: 2_000, capMs: 15 * 60_000, windowMs: 30 * 60_000 };

/** The lock after `count` counted failures (0 while under the free allowance). */
export function lockMs(policy: ThrottlePolicy, count: number): number {
  if (count < policy.free) return 0;
  return Math.min(policy.baseMs * 2 ** Math.min(count - policy.free, 30), policy.capMs);
}

export type Attempt = { allowed: true; count: number } | { allowed: false; retryAfterMs: number };

/** Where the counts live: process memory by default, Redis (shared by every instance) with REDIS_URL. */
export interface ThrottleStore {
  /** Refuses when the key is locked at `now`; otherwise counts one attempt. Atomic per key. */
  attempt(key: string, policy: ThrottlePolicy, now: number): Promise<Attempt>;
  /** The time left on the key's lock at `now` (0 when not locked), counting nothing. */
  lockedFor(key: string, policy: ThrottlePolicy, now: number): Promise<number>;
  /** Takes one counted attempt back (a success from an address). */
  release(key: string): Promise<void>;
  /** Forgets the key (a success for an account). */
  clear(key: string): Promise<void>;
  close(): Promise<void>;
}

interface Entry { count: number; last: number }

export class MemoryThrottleStore implements ThrottleStore {
  private readonly entries = new Map<string, Entry>();

  async attempt(key: string, policy: ThrottlePolicy, now: number): Promise<Attempt> {
    let entry = this.entries.get(key);
    if (entry && now - entry.last > policy.windowMs) entry = undefined;
    if (entry) {
      const until = entry.last + lockMs(policy, entry.count);
      if (until > now) return { allowed: false, retryAfterMs: until - now };
    }
    const next = { count: (entry?.count ?? 0) + 1, last: now };
    this.entries.set(key, next);
    if (this.entries.size > 100_000) this.sweep(now, policy.windowMs);
    return { allowed: true, count: next.count };
  }

  async lockedFor(key: string, policy: ThrottlePolicy, now: number): Promise<number> {
    const entry = this.entries.get(key);
    if (!entry || now - entry.last > policy.windowMs) return 0;
    return Math.max(0, entry.last + lockMs(policy, entry.count) - now);
  }

  async release(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    if (entry.count <= 1) this.entries.delete(key);
    else entry.count -= 1;
  }

  async clear(key: string) {
    this.entries.delete(key);
  }

  async close() {}

  /** Bounds memory under a flood of distinct usernames: drops entries past their window. */
  private sweep(now: number, windowMs: number) {
    for (const [key, entry] of this.entries) if (now - entry.last > windowMs) this.entries.delete(key);
  }
}

// KEYS[1] the hash {count, last}; ARGV now, free, baseMs, capMs, windowMs. Returns {1, count} or
// {0, retryAfterMs}. One script, so the lock check and the count are atomic across instances.
const ATTEMPT_SCRIPT = `
local now = tonumber(ARGV[1])
local free = tonumber(ARGV[2])
local base = tonumber(ARGV[3])
local cap = tonumber(ARGV[4])
local window = tonumber(ARGV[5])
local state = redis.call('HMGET', KEYS[1], 'count', 'last')
local count = tonumber(state[1]) or 0
local last = tonumber(state[2]) or 0
if count > 0 and now - last > window then count = 0 end
if count >= free then
  local lock = math.min(base * 2 ^ math.min(count - free, 30), cap)
  if last + lock > now then return {0, math.ceil(last + lock - now)} end
end
count = count + 1
redis.call('HSET', KEYS[1], 'count', count, 'last', now)
redis.call('PEXPIRE', KEYS[1], window)
return {1, count}
`;

const RELEASE_SCRIPT = `
local count = tonumber(redis.call('HGET', KEYS[1], 'count') or '0')
if count <= 1 then redis.call('DEL', KEYS[1]) else redis.call('HINCRBY', KEYS[1], 'count', -1) end
return 0
`;

export class RedisThrottleStore implements ThrottleStore {
  private readonly redis: Redis;
  constructor(url: string, private readonly prefix = 'zeren:login-throttle:') {
    this.redis = new Redis(url, { maxRetriesPerRequest: 3 });
  }

  async attempt(key: string, policy: ThrottlePolicy, now: number): Promise<Attempt> {
    const [allowed, value] = (await this.redis.eval(
      ATTEMPT_SCRIPT, 1, this.prefix + key, now, policy.free, policy.baseMs, policy.capMs, policy.windowMs,
    )) as [number, number];
    return allowed === 1 ? { allowed: true, count: value } : { allowed: false, retryAfterMs: value };
  }

  async lockedFor(key: string, policy: ThrottlePolicy, now: number): Promise<number> {
    const [count, last] = (await this.redis.hmget(this.prefix + key, 'count', 'last')).map((v) => Number(v ?? 0));
    if (!count || now - last! > policy.windowMs) return 0;
    return Math.max(0, last! + lockMs(policy, count!) - now);
  }

  async release(key: string) {
    await this.redis.eval(RELEASE_SCRIPT, 1, this.prefix + key);
  }

  async clear(key: string) {
    await this.redis.del(this.prefix + key);
  }

  async close() {
    this.redis.disconnect();
  }
}

export function createThrottleStore(redisUrl?: string, prefix?: string): ThrottleStore {
  return redisUrl ? new RedisThrottleStore(redisUrl, prefix) : new MemoryThrottleStore();
}

/** RATE_LIMITED with retryAfter (seconds) and the Retry-After header; `what` says what was too frequent (failed sign-ins by default). */
export function rateLimited(retryAfterMs: number, what = { zh: '登录失败次数过多', en: 'too many failed sign-ins' }): DomainError {
  const retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new DomainError('RATE_LIMITED', `${what.zh}，请${retryAfter}秒后再试 (${what.en}; retry in ${retryAfter} s)`, {
    retryAfter,
    http: { status: 429, headers: { 'Retry-After': String(retryAfter) } },
  });
}

/**
 * Runs one sign-in attempt under the throttle. `signIn` checks the password and throws
 * INVALID_CREDENTIALS on a wrong one (the attempt stays counted); a success takes it back.
 */
export async function throttledLogin<T>(
  store: ThrottleStore,
  who: { username: string; address: string; now: Date },
  signIn: () => Promise<T>,
): Promise<T> {
  const now = who.now.getTime();
  const accountKey = `account:${who.username.trim().toLowerCase().slice(0, 100)}`;
  const addressKey = `address:${who.address}`;
  const address = await store.attempt(addressKey, ADDRESS_POLICY, now);
  if (!address.allowed) throw rateLimited(address.retryAfterMs);
  const account = await store.attempt(accountKey, ACCOUNT_POLICY, now);
  // A locked account still lets through an address with no other attempt in the window (see above).
  const cleanAddress = address.count === 1;
  if (!account.allowed && !cleanAddress) {
    // No password was checked: the address keeps its allowance for its own users.
    await store.release(addressKey);
    throw rateLimited(account.retryAfterMs);
  }
  let result: T;
  try {
    result = await signIn();
  } catch (error) {
    if (!account.allowed && error instanceof DomainError && error.code === 'INVALID_CREDENTIALS') throw rateLimited(account.retryAfterMs);
    throw error;
  }
  await Promise.all([store.clear(accountKey), store.release(addressKey)]);
  return result;
}
