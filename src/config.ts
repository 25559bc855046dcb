import { z } from 'zod';

/** Environment, parsed and validated once. Defaults give the embedded set-up (PGlite in ./data). */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  /** PostgreSQL connection string; when absent, embedded PGlite is used. */
  DATABASE_URL: z.string().url().optional(),
  /** Where PGlite keeps its files, and where uploaded evidence is stored by default. */
  DATA_DIR: z.string().default('./data'),
  /** HMAC secret for JWTs and signed links. Required in production; generated per data dir otherwise. */
  JWT_SECRET: z.string().min(32).optional(),
  /** Token lifetime in seconds. */
  TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(7 * 24 * 3600).default(12 * 3600),
  /** With Redis, subscription events cross server instances. */
  REDIS_URL: z.string().optional(),
  /** Load the demo data into an empty embedded database on start (PostgreSQL: only `npm run seed`). */
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  /**
   * How many reverse proxies in front of the server append to X-Forwarded-For; 0 (default) trusts
   * no header and takes the client address from the socket. The login throttle counts per address.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Largest request body in bytes (GraphQL JSON). */
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
  /** Minutes between runs of the reminders job (due-soon and overdue notices); 0 turns it off. */
  REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(15),
  /**
   * GraphiQL on GET /graphql, served from node_modules (no internet needed): `auto` outside
   * production; `on` in production too, behind HTTP Basic sign-in with a zeren account; `off` never.
   */
  GRAPHIQL: z.enum(['auto', 'on', 'off']).default('auto'),
  /**
   * Seconds between re-checks of an open subscription's account (a safety net: disabling or
   * resetting an account ends its streams at once through the sessionRevoked event).
   */
  SESSION_RECHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /**
   * Trusted documents (persisted operations): `off` runs any document; `allow` also runs documents
   * sent by hash (`documentId`) from the manifest; `only` runs nothing else — for production
   * front-ends, so arbitrary documents (and GraphiQL) are refused with PERSISTED_DOCUMENTS_ONLY.
   */
  PERSISTED_DOCUMENTS: z.enum(['off', 'allow', 'only']).default('off'),
  /** The manifest codegen's client preset writes: { "sha256:<hex>": "<document>" }. Required unless off. */
  PERSISTED_DOCUMENTS_MANIFEST: z.string().optional(),
  /**
   * The response cache (docs/response-cache.md): `on` serves a repeated query of a signed-in viewer
   * from memory while the viewer, the China date and their bureaus' data versions are unchanged;
   * `off` executes every request.
   */
  RESPONSE_CACHE: z.enum(['on', 'off']).default('on'),
  /** How long a cached answer may be kept at most (seconds); a write or a new day makes it unreachable sooner. */
  RESPONSE_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(7 * 24 * 3600).default(3600),
  /** How many answers the in-memory cache keeps (least recently used go first). */
  RESPONSE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (parsed.data.PERSISTED_DOCUMENTS !== 'off' && !parsed.data.PERSISTED_DOCUMENTS_MANIFEST) {
    throw new Error(`Invalid configuration:\n  PERSISTED_DOCUMENTS_MANIFEST: required when PERSISTED_DOCUMENTS=${parsed.data.PERSISTED_DOCUMENTS}`);
  }
  if (parsed.data.NODE_ENV === 'production' && !parsed.data.JWT_SECRET) {
    throw new Error('Invalid configuration:\n  JWT_SECRET: required in production (32+ characters)');
  }
  return parsed.data;
}
