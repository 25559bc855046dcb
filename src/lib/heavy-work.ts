import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DomainError } from '../errors.js';

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
 *    one account, or one bureau's staff, cannot occupy the server's cores. The counts live in this
 *    process: with several instances each has its own, so the limits hold per instance (docs/security.md).
 */
export const HEAVY_FIELD_COST: Record<string, number> = { importOrgChart: 100, requestExport: 20 };
export const HEAVY_REQUEST_BUDGET = 100;

export const HEAVY_CONCURRENCY = {
  import: { perAccount: 1, perScope: 2, retryAfter: 5 },
  export: { perAccount: 2, perScope: 4, retryAfter: 5 },
} as const;
export type HeavyKind = keyof typeof HEAVY_CONCURRENCY;

/** Slots taken now, by key (`import:account:<userId>`, `export:scope:<tenantId>`). */
const running = new Map<string, number>();

/** Running counts, for tests and diagnostics. */
export const heavySlotsInUse = (key: string) => running.get(key) ?? 0;

/**
 * Takes a slot for heavy work of `kind` by `userId` in `scopeKey` (a bureau's tenant id or a
 * district's id); returns its release (idempotent). Throws RATE_LIMITED when either limit is full.
 */
export function takeHeavySlot(kind: HeavyKind, userId: string, scopeKey: string): () => void {
  const limits = HEAVY_CONCURRENCY[kind];
  const account = `${kind}:account:${userId}`;
  const scope = `${kind}:scope:${scopeKey}`;
  const busy = (running.get(account) ?? 0) >= limits.perAccount ? 'account' : (running.get(scope) ?? 0) >= limits.perScope ? 'scope' : undefined;
  if (busy) {
    const what = kind === 'import' ? '导入' : '导出';
    const whose = busy === 'account' ? '本账号' : '本单位';
    throw new DomainError('RATE_LIMITED', `${whose}已有${what}正在进行，请${limits.retryAfter}秒后再试 (an ${kind} by this ${busy === 'account' ? 'account' : 'bureau'} is already running; retry in ${limits.retryAfter} s)`, {
      retryAfter: limits.retryAfter, limit: busy === 'account' ? limits.perAccount : limits.perScope, scope: busy,
      http: { status: 429, headers: { 'Retry-After': String(limits.retryAfter) } },
    });
  }
  running.set(account, (running.get(account) ?? 0) + 1);
  running.set(scope, (running.get(scope) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    for (const key of [account, scope]) {
      const n = (running.get(key) ?? 1) - 1;
      if (n <= 0) running.delete(key);
      else running.set(key, n);
    }
  };
}

/** Runs `work` holding a slot. */
export async function withHeavySlot<T>(kind: HeavyKind, userId: string, scopeKey: string, work: () => Promise<T>): Promise<T> {
  const release = takeHeavySlot(kind, userId, scopeKey);
  try {
    return await work();
  } finally {
    release();
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
