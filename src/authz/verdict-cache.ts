/**
 * What an object check (object-checks.ts) answers, and where the answers are kept. Below the
 * context, which creates the cache for each request, and below the checks, which read the context.
 */
export type CheckVerdict = boolean | Error;

export type Pending = CheckVerdict | Promise<CheckVerdict>;

export interface VerdictCache {
  rows: Map<string, WeakMap<object, Pending>>;
  types: Map<string, Pending>;
}

/**
 * The verdicts live in the request's one cache, `ctx.loaders.verdicts`: refreshViewer (a
 * subscription's next event) replaces the loaders, so a long-lived context never reuses a verdict
 * taken with an older scope.
 */
export const newVerdictCache = (): VerdictCache => ({ rows: new Map(), types: new Map() });
