import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind } from 'graphql';
import { createYoga, maskError as defaultMaskError, type Plugin } from 'graphql-yoga';
import { createContext, type AppServices, type Context } from './context.js';
import { ERROR_CODES, type ErrorCode } from './errors.js';
import { useOfflineGraphiQL } from './graphiql.js';
import { useEvidenceDownloads } from './modules/records/downloads.js';
import { MAX_EVIDENCE_BYTES } from './modules/records/evidence.js';
import { useInputLimits } from './input-limits.js';
import { useHeavyOperationLimits } from './lib/heavy-work.js';
import { schema } from './schema.js';
import { useExportDownloads } from './modules/exports/http.js';
import { useOrgChartTemplate } from './modules/orgchart/template.js';
import { useTrustedDocuments } from './trusted-documents.js';

/**
 * Limits against hostile queries, chosen so that real front-end queries (Relay connections a few
 * levels deep, GraphiQL's introspection) pass: depth 15, 20 aliases, 4,000 tokens, cost 500,000
 * (each level of nesting multiplies a field's cost by 1.2),
 * 20 directives, batches of at most 5 operations, and a body size limit.
 */
export const LIMITS = { maxDepth: 15, maxAliases: 20, maxTokens: 4000, maxCost: 500_000, depthCostFactor: 1.2, maxDirectives: 20, batch: 5 };

/** Multipart bodies: one evidence file (20 MiB, MAX_EVIDENCE_BYTES) plus the operations and form overhead. */
export const MAX_UPLOAD_BODY_BYTES = MAX_EVIDENCE_BYTES + 5 * 1024 * 1024;

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

/** GET /health: 200 when the database answers, 503 when it does not. */
function useHealth(services: AppServices): Plugin {
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname !== '/health') return;
      try {
        await services.db.sql.query('SELECT 1');
        endResponse(json(200, { status: 'ok', database: 'up', engine: services.db.engine }));
      } catch {
        endResponse(json(503, { status: 'unavailable', database: 'down' }));
      }
    },
  };
}

/** The body's bytes, or undefined as soon as more than `limit` have arrived (the rest is never read). */
async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Enforces the body limit on the bytes actually read, not on what Content-Length claims: a declared
 * length over the limit is refused before reading; any other body (chunked, or lying about its
 * length) is read up to the limit and refused the moment it passes it. Multipart requests (evidence
 * uploads) have their own, larger limit; the file's own limit is checked again when it is stored.
 */
function useBodyLimit(maxBytes: number, maxUploadBytes: number): Plugin {
  const tooLarge = (limit: number) =>
    json(413, { errors: [{ message: `请求体过大 (request body exceeds ${limit} bytes)`, extensions: { code: 'PAYLOAD_TOO_LARGE', limit } }] }, { connection: 'close' });
  return {
    async onRequest({ request, setRequest, endResponse }) {
      if (!request.body || request.method === 'GET' || request.method === 'HEAD') return;
      const multipart = request.headers.get('content-type')?.startsWith('multipart/form-data');
      const limit = multipart ? maxUploadBytes : maxBytes;
      const declared = Number(request.headers.get('content-length') ?? 0);
      if (declared > limit) {
        endResponse(tooLarge(limit));
        return;
      }
      const bytes = await readAtMost(request.body, limit);
      if (!bytes) {
        endResponse(tooLarge(limit));
        return;
      }
      const headers = new Headers(request.headers);
      headers.delete('transfer-encoding');
      headers.set('content-length', String(bytes.byteLength));
      setRequest(new Request(request.url, { method: request.method, headers, body: bytes, signal: request.signal }));
    },
  };
}

/**
 * Yoga answers some malformed requests (an unsupported Content-Type: 415; a wrong method: 405) with
 * an empty body; give them the same coded error body as every other refusal.
 */
function useCodedHttpErrors(): Plugin {
  return {
    onResponse({ response, setResponse }) {
      if ((response.status === 415 || response.status === 405) && !response.headers.get('content-type')) {
        const headers: Record<string, string> = {};
        response.headers.forEach((value, key) => { headers[key] = value; });
        const message = response.status === 415 ? '不支持的内容类型 (unsupported Content-Type; send application/json)' : '不支持的请求方法 (method not allowed)';
        setResponse(json(response.status, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }, headers));
      }
    },
  };
}

const TOO_COMPLEX = /(depth|Token|Cost|Aliases|Directives) limit|aliases limit|limit of \d+ exceeded/i;

/** Pothos's own refusals of client input (bad global IDs, cursors, negative `first`): GraphQLErrors with no code. */
const isPothosValidation = (error: unknown) => (error as Error | undefined)?.name === 'PothosValidationError';

/**
 * Gives every error the client caused a stable code: variable coercion failures become
 * BAD_USER_INPUT, and the hostile-query limits QUERY_TOO_COMPLEX (graphql-armor reports them as
 * bare syntax errors); Pothos's validation errors (malformed global IDs and cursors, negative page
 * sizes) BAD_USER_INPUT; yoga's operation-resolution and multipart-parsing refusals BAD_REQUEST.
 */
const CJK = /[\u3400-\u9fff]/;
const isBilingual = (message: string) => CJK.test(message) && /\([^)]*[A-Za-z][^)]*\)/.test(message);
const chineseOf = (code: ErrorCode) => ERROR_CODES[code].split(' (')[0]!;
const englishOf = (code: ErrorCode) => /\((.*)\)$/.exec(ERROR_CODES[code])?.[1] ?? code;

/**
 * A code from ErrorCode for an error that has none we know (issue 13, point 5): graphql-js's parse
 * and validation errors, yoga's request refusals, masked internal errors.
 */
function knownCode(error: GraphQLError): ErrorCode {
  const code = error.extensions?.code;
  if (typeof code === 'string' && code in ERROR_CODES) return code as ErrorCode;
  if (/^Syntax Error/.test(error.message)) return 'GRAPHQL_PARSE_FAILED';
  if (error.path) return 'INTERNAL_SERVER_ERROR';
  if (error.locations?.length || error.nodes?.length) return 'GRAPHQL_VALIDATION_FAILED';
  return 'BAD_REQUEST';
}

/** "中文 (English)": an English-only message gets its code's Chinese in front; a Chinese-only one its English after. */
export function bilingualMessage(message: string, code: ErrorCode): string {
  if (isBilingual(message)) return message;
  if (CJK.test(message)) return `${message} (${englishOf(code)})`;
  return `${chineseOf(code)} (${message})`;
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Gives every error the client caused a stable code and a bilingual message: variable coercion
 * failures become BAD_USER_INPUT, and the hostile-query limits QUERY_TOO_COMPLEX (graphql-armor
 * reports them as bare syntax errors); Pothos's validation errors (malformed global IDs and
 * cursors, negative page sizes) BAD_USER_INPUT; yoga's operation-resolution and multipart-parsing
 * refusals BAD_REQUEST; graphql-js's parse and validation errors GRAPHQL_PARSE_FAILED and
 * GRAPHQL_VALIDATION_FAILED. "Did you mean …?" suggestions stay only for a signed-in caller (a valid
 * token) of a development server (NODE_ENV=development); otherwise they are removed, so the schema
 * cannot be guessed field by field.
 */
function useErrorCodes(services: AppServices): Plugin {
  const codeFor = (error: GraphQLError): { code: string; status?: number } | undefined => {
    if (TOO_COMPLEX.test(error.message)) return { code: 'QUERY_TOO_COMPLEX', status: 400 };
    if (!error.extensions?.code && /^(Variable "\$|Too many errors processing variables)/.test(error.message)) return { code: 'BAD_USER_INPUT', status: 400 };
    if (!error.extensions?.code && (isPothosValidation(error) || isPothosValidation(error.originalError))) return { code: 'BAD_USER_INPUT' };
    if (error.extensions?.code === 'OPERATION_RESOLUTION_FAILURE') return { code: 'BAD_REQUEST', status: 400 };
    if (!error.extensions?.code && /^Multipart form field/.test(error.message)) return { code: 'BAD_REQUEST', status: 400 };
    return undefined;
  };
  const relabel = (error: GraphQLError) => {
    const relabelled = codeFor(error);
    const code = relabelled ? (relabelled.code as ErrorCode) : knownCode(error);
    const status = relabelled?.status;
    const message = bilingualMessage(error.message, code);
    if (!relabelled && code === error.extensions?.code && message === error.message) return error;
    return new GraphQLError(message, {
      nodes: error.nodes, source: error.source, positions: error.positions, path: error.path,
      originalError: error.originalError, extensions: { ...error.extensions, code, ...(status ? { http: { status } } : {}) },
    });
  };
  const fix = (result: unknown, suggest: boolean) => {
    const r = result as { errors?: GraphQLError[] };
    if (r && Array.isArray(r.errors)) {
      r.errors = r.errors.map((e) => {
        if (!(e instanceof GraphQLError)) return e;
        const plain = !suggest && SUGGESTION.test(e.message)
          ? new GraphQLError(e.message.replace(SUGGESTION, ''), { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, originalError: e.originalError, extensions: e.extensions })
          : e;
        SUGGESTION.lastIndex = 0;
        return relabel(plain);
      });
    }
    return r;
  };
  /** Suggestions only for a signed-in caller of a development server. */
  const mayShowSuggestions = async (request: Request) => {
    if (services.config.NODE_ENV !== 'development') return false;
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
    return !!(match?.[1] && (await services.tokens.verify(match[1])));
  };
  return {
    async onResultProcess({ request, result, setResult }) {
      const hasErrors = (r: unknown) => !!r && typeof r === 'object' && Array.isArray((r as { errors?: unknown }).errors);
      if (!(Array.isArray(result) ? result.some(hasErrors) : hasErrors(result))) return;
      const suggest = await mayShowSuggestions(request);
      if (Array.isArray(result)) setResult(result.map((r) => fix(r, suggest)) as never);
      else setResult(fix(result, suggest) as never);
    },
  };
}

/**
 * A cursor of the wrong shape for its connection (a number where the key is text) passes Pothos's
 * parsing and is refused by Prisma's query validation: the client's fault, so BAD_USER_INPUT rather
 * than a masked internal error. Everything else that is not a GraphQLError stays masked.
 */
const maskError: typeof defaultMaskError = (error, message, isDev) => {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  const field = error instanceof GraphQLError ? error.nodes?.[0] : undefined;
  const takesCursor = field?.kind === Kind.FIELD && field.arguments?.some((a) => a.name.value === 'after' || a.name.value === 'before');
  if (original?.name === 'PrismaClientValidationError' && takesCursor) {
    return new GraphQLError('游标无效 (the cursor does not belong to this list)', {
      nodes: (error as GraphQLError).nodes, path: (error as GraphQLError).path, extensions: { code: 'BAD_USER_INPUT', field: 'cursor' },
    });
  }
  return defaultMaskError(error, message, isDev);
};

export function createServer(services: AppServices, extraPlugins: Plugin[] = []) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: (initial) => createContext(services, initial),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/__yoga_health',
    landingPage: false,
    // yoga's own page loads GraphiQL from a CDN; ours serves it from node_modules (src/graphiql.ts).
    graphiql: false,
    batching: { limit: LIMITS.batch },
    maskedErrors: { maskError },
    logging: services.config.NODE_ENV === 'test' && !process.env.ZEREN_TEST_LOG ? false : services.config.LOG_LEVEL,
    plugins: [
      useHealth(services),
      useOfflineGraphiQL(services),
      useCodedHttpErrors(),
      useEvidenceDownloads(services),
      useExportDownloads(services),
      useOrgChartTemplate(),
      useBodyLimit(services.config.MAX_BODY_BYTES, MAX_UPLOAD_BODY_BYTES),
      ...useTrustedDocuments(services.config),
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
        maxAliases: { n: LIMITS.maxAliases },
        maxTokens: { n: LIMITS.maxTokens },
        costLimit: { maxCost: LIMITS.maxCost, depthCostFactor: LIMITS.depthCostFactor },
        maxDirectives: { n: LIMITS.maxDirectives },
        // Suggestions are removed by useErrorCodes, except for signed-in callers in development.
        blockFieldSuggestion: { enabled: false },
      }),
      useInputLimits(),
      // Heavy fields (the org-chart import, exports) have a cost: one import per request, batches included.
      useHeavyOperationLimits(),
      useErrorCodes(services),
      ...extraPlugins,
    ],
  });
}
