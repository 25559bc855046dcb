import { createInMemoryCache, hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { signInOnce, type AppServices } from './context.js';
import { todayInChina } from './lib/dates.js';

/**
 * The response cache (issue 24, lever 3; docs/response-cache.md): a repeated query is answered from
 * memory, without executing, while nothing it could depend on has changed. The key is the
 * operation (document, operation name, variables) and the viewer's *session*:
 * - the account and the session version of its token;
 * - the viewer as computed this request (kind, bureau or district, scopes, grants): a scope that
 *   changed for any reason is a different key;
 * - the China date (UTC+8, from the server's clock): answers that depend on "today" (overdue, posts
 *   and duties in force, compliance as of today) change with the date, with no write at all;
 * - the data version of every bureau the viewer reads (and the shared counter), which triggers
 *   bump in the same transaction as every write, from any path (migration `data_version`).
 * All of it comes from the viewer's one statement (loadViewerAndVersion), which a hit still sends:
 * the token is checked against the account on every request, so a disabled account, a reset or a
 * changed password (the session version) and a signed-out token miss and are refused as before.
 *
 * Only queries of signed-in viewers who may act are cached (no anonymous requests, no one-time
 * passwords, never mutations or subscriptions); answers with errors are not cached. The plugin's
 * ETag / If-None-Match shortcut is off (it would answer 304 before the token is checked), and so is
 * its entity bookkeeping (no `id` fields added to documents; invalidation is the key's job).
 */
export function useViewerResponseCache(services: AppServices): Plugin[] {
  const { config } = services;
  if (config.RESPONSE_CACHE === 'off') return [];
  /** The session key of each operation the cache may serve, by the operation's context object. */
  const sessions = new WeakMap<object, string>();
  const decide: Plugin = {
    async onParams({ params, request, context }) {
      // Uploads (multipart) are never cached: their variables hold files (see operationKey).
      if (request.headers.get('content-type')?.toLowerCase().startsWith('multipart/')) return;
      if (!isQuery(params.query, params.operationName)) return;
      // The date before the viewer: an answer computed across midnight is filed under the earlier
      // day, which no later request asks for.
      const day = todayInChina(services.now()).toISOString().slice(0, 10);
      const { viewer, session, dataVersion } = await signInOnce(services, request);
      if (!session || viewer.kind === 'anonymous' || viewer.kind === 'passwordChange' || !dataVersion) return;
      sessions.set(context as object, JSON.stringify([session.userId, session.sessionVersion, day, dataVersion, viewer]));
    },
  };
  return [
    decide,
    useResponseCache({
      session: (_request, context) => sessions.get(context as object) ?? null,
      buildResponseCacheKey: operationKey(sessions),
      enabled: (_request, context) => sessions.has(context as object),
      cache: createInMemoryCache({ max: config.RESPONSE_CACHE_MAX_ENTRIES }),
      ttl: config.RESPONSE_CACHE_TTL_SECONDS * 1000,
      invalidateViaMutation: false,
      idFields: [],
      includeExtensionMetadata: false,
      // Our own test (no errors) also keeps the plugin from adding ETag headers.
      shouldCacheResult: ({ result }) => !result.errors?.length,
    }),
  ];
}

/** The key of an operation that is never cached (the plugin asks for a key before it asks `enabled`). */
const NOT_CACHED = 'not-cached';

/**
 * The cache key: the plugin's own recipe (SHA-256 of document, operation name, variables with
 * sorted keys, session), but only for operations the cache may serve. The plugin builds a key for
 * every request in onParams, before it checks `enabled`, and its default serialises the variables
 * with fast-json-stable-stringify — which turns an upload's bytes (a Buffer inside the File) into a
 * JSON array of numbers: about 1.6–2 s and 100–400 MB of garbage per MB uploaded, for every
 * multipart request, even one refused before any resolver (docs/security.md).
 */
function operationKey(sessions: WeakMap<object, string>) {
  return ({ documentString, operationName, variableValues, sessionId, context }: {
    documentString: string; operationName?: string | null; variableValues?: unknown; sessionId?: string | null; context: unknown;
  }) => {
    if (!sessions.has(context as object)) return NOT_CACHED;
    return hashSHA256([documentString, operationName ?? '', sortedJson(variableValues ?? {}), sessionId ?? ''].join('|'));
  };
}

/** JSON with object keys sorted (two requests differing only in key order share a key). */
const sortedJson = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v);

const operationKinds = new Map<string, string | undefined>();

/** Whether the document's chosen operation is a query (memoised by document and name; unparsable: no). */
function isQuery(document: string | undefined, operationName: string | null | undefined): boolean {
  if (!document) return false;
  const key = `${operationName ?? ''}\n${document}`;
  let kind = operationKinds.get(key);
  if (!operationKinds.has(key)) {
    try {
      kind = getOperationAST(parse(document), operationName ?? undefined)?.operation;
    } catch {
      kind = undefined;
    }
    if (operationKinds.size >= 1000) operationKinds.clear();
    operationKinds.set(key, kind);
  }
  return kind === 'query';
}
