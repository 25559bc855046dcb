import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { createContext, type AppServices, type Context } from './context.js';
import { useEvidenceDownloads } from './modules/records/downloads.js';
import { schema } from './schema.js';
import { useExportDownloads } from './modules/exports/http.js';

/**
 * Limits against hostile queries, chosen so that real front-end queries (Relay connections a few
 * levels deep, GraphiQL's introspection) pass: depth 15, 20 aliases, 4,000 tokens, cost 500,000
 * (each level of nesting multiplies a field's cost by 1.2),
 * 20 directives, batches of at most 5 operations, and a body size limit.
 */
export const LIMITS = { maxDepth: 15, maxAliases: 20, maxTokens: 4000, maxCost: 500_000, depthCostFactor: 1.2, maxDirectives: 20, batch: 5 };

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

/** Refuses oversized bodies before they are read (multipart uploads have their own, larger limit). */
function useBodyLimit(maxBytes: number, maxUploadBytes: number): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      const multipart = request.headers.get('content-type')?.startsWith('multipart/form-data');
      const limit = multipart ? maxUploadBytes : maxBytes;
      if (length > limit) {
        endResponse(json(413, { errors: [{ message: `request body exceeds ${limit} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }));
      }
    },
  };
}

const TOO_COMPLEX = /(depth|Token|Cost|Aliases|Directives) limit|aliases limit|limit of \d+ exceeded/i;

/**
 * Gives every error the client caused a stable code: variable coercion failures become
 * BAD_USER_INPUT, and the hostile-query limits QUERY_TOO_COMPLEX (graphql-armor reports them as
 * bare syntax errors).
 */
function useErrorCodes(): Plugin {
  const codeFor = (error: GraphQLError) => {
    if (TOO_COMPLEX.test(error.message)) return 'QUERY_TOO_COMPLEX';
    if (!error.extensions?.code && /^Variable "\$/.test(error.message)) return 'BAD_USER_INPUT';
    return undefined;
  };
  const relabel = (error: GraphQLError) => {
    const code = codeFor(error);
    if (!code) return error;
    return new GraphQLError(error.message, {
      nodes: error.nodes, source: error.source, positions: error.positions, path: error.path,
      originalError: error.originalError, extensions: { ...error.extensions, code, http: { status: 400 } },
    });
  };
  const fix = (result: unknown) => {
    const r = result as { errors?: GraphQLError[] };
    if (r && Array.isArray(r.errors)) r.errors = r.errors.map((e) => (e instanceof GraphQLError ? relabel(e) : e));
    return r;
  };
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map(fix) as never);
      else if (result && typeof result === 'object' && 'errors' in result) setResult(fix(result) as never);
    },
  };
}

export function createServer(services: AppServices, extraPlugins: Plugin[] = []) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: (initial) => createContext(services, initial),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/__yoga_health',
    landingPage: false,
    graphiql: services.config.NODE_ENV === 'production' ? false : { title: 'zeren 意识形态工作责任制' },
    batching: { limit: LIMITS.batch },
    logging: services.config.NODE_ENV === 'test' && !process.env.ZEREN_TEST_LOG ? false : services.config.LOG_LEVEL,
    plugins: [
      useHealth(services),
      useEvidenceDownloads(services),
      useExportDownloads(services),
      useBodyLimit(services.config.MAX_BODY_BYTES, 25 * 1024 * 1024),
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
        maxAliases: { n: LIMITS.maxAliases },
        maxTokens: { n: LIMITS.maxTokens },
        costLimit: { maxCost: LIMITS.maxCost, depthCostFactor: LIMITS.depthCostFactor },
        maxDirectives: { n: LIMITS.maxDirectives },
        blockFieldSuggestion: { enabled: true },
      }),
      useErrorCodes(),
      ...extraPlugins,
    ],
  });
}
