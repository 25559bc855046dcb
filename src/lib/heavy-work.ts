import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { DomainError } from '../errors.js';
import { HEAVY_WORK_NAMES } from './labels.js';

/**
 * Heavy work is counted, not multiplied (issue 23, point 2).
 *
 * 1. **Per request**: each heavy root field has a cost (HEAVY_FIELD_COST); the fields of one
 *    request — every alias, every fragment spread, every operation of a batch — together may cost
 *    at most HEAVY_REQUEST_BUDGET. So one request holds at most one org-chart import (or a few
 *    export requests). More answers QUERY_TOO_COMPLEX before anything executes; in a batch, the
 *    operations that fit run and the rest are refused.
 * 2. **At the same time**: an import, and the generation of an export file, each hold a slot while
 *    they run: per account and per bureau (or district) at most HEAVY_CONCURRENCY[kind] at once.
 *    Beyond that the caller gets RATE_LIMITED with extensions.retryAfter at once (not queued), so
 *    one account, or one bureau's staff, cannot occupy the server's cores. Without REDIS_URL the
 *    counts live in this process (MemoryHeavySlots); with it, in Redis (RedisHeavySlots), shared by
 *    every instance, each slot a lease that its holder renews while the work runs and that expires
 *    by itself when an instance dies (docs/security.md).
 */
export const HEAVY_FIELD_COST: Record<string, number> = { importOrgChart: 100, requestExport: 20 };
export const HEAVY_REQUEST_BUDGET = 100;

export const HEAVY_CONCURRENCY = {
  import: { perAccount: 1, perScope: 2, retryAfter: 5 },
  export: { perAccount: 2, perScope: 4, retryAfter: 5 },
} as const;
export type HeavyKind = keyof typeof HEAVY_CONCURRENCY;

/** Gives a slot back; idempotent, never rejects (a slot it could not give back expires with its lease). */
export type ReleaseSlot = () => Promise<void>;

/** Where the slots are counted: this process, or Redis (every instance). */
export interface HeavySlots {
  /**
   * Takes a slot for heavy work of `kind` by `userId` in `scopeKey` (a bureau's tenant id or a
   * district's id); returns its release. Throws RATE_LIMITED when either limit is full.
   */
  take(kind: HeavyKind, userId: string, scopeKey: string): Promise<ReleaseSlot>;
  /** Slots held now under a key (`import:account:<userId>`, `export:scope:<tenantId>`), for tests and diagnostics. */
  inUse(key: string): Promise<number>;
  close(): Promise<void>;
}

const slotKeys = (kind: HeavyKind, userId: string, scopeKey: string) => ({ account: `${kind}:account:${userId}`, scope: `${kind}:scope:${scopeKey}` });

/** RATE_LIMITED for a full account (`account`) or bureau (`scope`). */
function busyError(kind: HeavyKind, busy: 'account' | 'scope'): DomainError {
  const limits = HEAVY_CONCURRENCY[kind];
  const what = HEAVY_WORK_NAMES[kind];
  const whose = HEAVY_WORK_NAMES[busy];
  return new DomainError('RATE_LIMITED', `${whose}已有${what}正在进行，请${limits.retryAfter}秒后再试 (an ${kind} by this ${busy === 'account' ? 'account' : 'bureau'} is already running; retry in ${limits.retryAfter} s)`, {
    retryAfter: limits.retryAfter, limit: busy === 'account' ? limits.perAccount : limits.perScope, scope: busy,
    http: { status: 429, headers: { 'Retry-After': String(limits.retryAfter) } },
  });
}

/** Slots counted in this process: the limits hold per instance. */
export class MemoryHeavySlots implements HeavySlots {
  private readonly running = new Map<string, number>();

  /** Checks and counts with no await between them (one event-loop turn). */
  async take(kind: HeavyKind, userId: string, scopeKey: string): Promise<ReleaseSlot> {
    const limits = HEAVY_CONCURRENCY[kind];
    const { account, scope } = slotKeys(kind, userId, scopeKey);
    const busy = (this.running.get(account) ?? 0) >= limits.perAccount ? 'account' : (this.running.get(scope) ?? 0) >= limits.perScope ? 'scope' : undefined;
    if (busy) throw busyError(kind, busy);
    this.running.set(account, (this.running.get(account) ?? 0) + 1);
    this.running.set(scope, (this.running.get(scope) ?? 0) + 1);
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      for (const key of [account, scope]) {
        const n = (this.running.get(key) ?? 1) - 1;
        if (n <= 0) this.running.delete(key);
        else this.running.set(key, n);
      }
    };
  }

  async inUse(key: string) {
    return this.running.get(key) ?? 0;
  }

  async close() {}
}

// Each slot key is a sorted set of lease ids scored by their expiry (Redis's own clock, so the
// instances' clocks do not matter). One script expires stale leases, checks both limits and adds
// the lease to both sets, so two instances cannot both take the last slot.
// KEYS[1] account set, KEYS[2] scope set; ARGV lease id, lease ms, per-account, per-scope limit.
// Returns 0 (taken), 1 (account full) or 2 (scope full).
const TAKE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local lease = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 1 end
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[4]) then return 2 end
redis.call('ZADD', KEYS[1], now + lease, ARGV[1])
redis.call('ZADD', KEYS[2], now + lease, ARGV[1])
redis.call('PEXPIRE', KEYS[1], lease)
redis.call('PEXPIRE', KEYS[2], lease)
return 0
`;
// Extends a lease still held (one that expired was either swept, and is not revived, or is still
// counted); returns in how many sets it was held.
const RENEW_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local lease = tonumber(ARGV[2])
local held = 0
for _, key in ipairs(KEYS) do
  if redis.call('ZSCORE', key, ARGV[1]) then
    redis.call('ZADD', key, 'XX', now + lease, ARGV[1])
    redis.call('PEXPIRE', key, lease)
    held = held + 1
  end
end
return held
`;
const COUNT_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
return redis.call('ZCOUNT', KEYS[1], '(' .. now, '+inf')
`;

/**
 * Slots counted in Redis (REDIS_URL), shared by every instance. A slot is a lease of `leaseMs`,
 * renewed every third of it while the work runs, for at most `maxHoldMs` (a download a client
 * stopped reading keeps its slot no longer than that); released when the work ends, fails or is
 * aborted; and it expires by itself when the instance holding it dies.
 */
export class RedisHeavySlots implements HeavySlots {
  private readonly redis: Redis;
  private readonly renewals = new Set<NodeJS.Timeout>();
  constructor(url: string, private readonly prefix = 'zeren:heavy:', private readonly leaseMs = 60_000, private readonly maxHoldMs = 30 * 60_000) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 3 });
  }

  async take(kind: HeavyKind, userId: string, scopeKey: string): Promise<ReleaseSlot> {
    const limits = HEAVY_CONCURRENCY[kind];
    const { account, scope } = slotKeys(kind, userId, scopeKey);
    const keys = [this.prefix + account, this.prefix + scope];
    const lease = randomUUID();
    const busy = Number(await this.redis.eval(TAKE_SCRIPT, 2, ...keys, lease, this.leaseMs, limits.perAccount, limits.perScope));
    if (busy === 1) throw busyError(kind, 'account');
    if (busy === 2) throw busyError(kind, 'scope');
    const until = Date.now() + this.maxHoldMs;
    const stop = () => {
      clearInterval(renewal);
      this.renewals.delete(renewal);
    };
    const renewal: NodeJS.Timeout = setInterval(() => {
      if (Date.now() > until) stop();
      else this.redis.eval(RENEW_SCRIPT, 2, ...keys, lease, this.leaseMs).catch(() => undefined);
    }, Math.max(1, Math.floor(this.leaseMs / 3)));
    renewal.unref();
    this.renewals.add(renewal);
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      stop();
      await Promise.all(keys.map((key) => this.redis.zrem(key, lease))).catch(() => undefined);
    };
  }

  async inUse(key: string) {
    return Number(await this.redis.eval(COUNT_SCRIPT, 1, this.prefix + key));
  }

  /** Stops renewing (the leases still held expire by themselves, as when an instance dies) and disconnects. */
  async close() {
    for (const renewal of this.renewals) clearInterval(renewal);
    this.renewals.clear();
    this.redis.disconnect();
  }
}

/** Redis with REDIS_URL (every instance shares the slots), else this process. */
export function createHeavySlots(redisUrl?: string, prefix?: string): HeavySlots {
  return redisUrl ? new RedisHeavySlots(redisUrl, prefix) : new MemoryHeavySlots();
}

/** The slots of callers that run outside a server (`npm run import`, benches). */
export const processHeavySlots = new MemoryHeavySlots();

/** Runs `work` holding a slot; the slot is given back however the work ends. */
export async function withHeavySlot<T>(slots: HeavySlots, kind: HeavyKind, userId: string, scopeKey: string, work: () => Promise<T>): Promise<T> {
  const release = await slots.take(kind, userId, scopeKey);
  try {
    return await work();
  } finally {
    await release();
  }
}

/** The heavy cost of an operation's root fields (aliases and fragment spreads each count). */
export function heavyCost(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return 0;
  const walk = (set: SelectionSetNode, seen: Set<string>): number => {
    let cost = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) cost += HEAVY_FIELD_COST[s.name.value] ?? 0;
      else if (s.kind === Kind.INLINE_FRAGMENT) cost += walk(s.selectionSet, seen);
      else if (!seen.has(s.name.value)) {
        const fragment = fragments.get(s.name.value);
        if (fragment) cost += walk(fragment.selectionSet, new Set([...seen, s.name.value]));
      }
    }
    return cost;
  };
  return walk(operation.selectionSet, new Set());
}

/** The request-wide budget of heavy fields, across a batch's operations (they share one Request). */
export function useHeavyOperationLimits(): Plugin<{ request?: Request }> {
  const spent = new WeakMap<object, number>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = heavyCost(args.document, args.operationName);
      if (!cost) return;
      const key = (args.contextValue as { request?: Request }).request ?? args.contextValue;
      const total = (spent.get(key) ?? 0) + cost;
      if (total > HEAVY_REQUEST_BUDGET) {
        setResultAndStopExecution({
          errors: [new GraphQLError(`请求中的重型操作过多 (heavy fields cost ${total} in this request, over the limit of ${HEAVY_REQUEST_BUDGET}: at most one org-chart import per request)`, {
            extensions: { code: 'QUERY_TOO_COMPLEX', cost: total, limit: HEAVY_REQUEST_BUDGET, http: { status: 400 } },
          })],
        } as never);
        return;
      }
      spent.set(key, total);
    },
  };
}
