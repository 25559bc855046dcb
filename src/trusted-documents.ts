import { readFileSync } from 'node:fs';
import { defaultExtractPersistedOperationId, usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import type { Config } from './config.js';
import { ERROR_CODES } from './errors.js';

/**
 * Trusted documents (issue 13, point 4), the way The Guild recommends running a public GraphQL API:
 * the front-end's documents are known at build time (codegen's client preset writes a manifest
 * { "sha256:<hex>": "<document>" }), the client sends `{ documentId, variables }`, and the server
 * runs the document it has under that id. With PERSISTED_DOCUMENTS=only nothing else runs; with
 * `allow` raw documents still do (development, GraphiQL); `off` (default) turns this off.
 */
export function loadManifest(path: string): ReadonlyMap<string, string> {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${path}: not a persisted-document manifest (an object of id → document)`);
  const manifest = new Map<string, string>();
  for (const [id, document] of Object.entries(parsed)) {
    if (typeof document !== 'string') throw new Error(`${path}: the document of ${id} is not a string`);
    manifest.set(id, document);
  }
  return manifest;
}

const coded = (code: 'PERSISTED_DOCUMENT_NOT_FOUND' | 'PERSISTED_DOCUMENTS_ONLY' | 'BAD_REQUEST', message: string = ERROR_CODES[code]) =>
  ({ message, extensions: { code, http: { status: 400 } } });

export function useTrustedDocuments(config: Pick<Config, 'PERSISTED_DOCUMENTS' | 'PERSISTED_DOCUMENTS_MANIFEST'>): Plugin[] {
  if (config.PERSISTED_DOCUMENTS === 'off') return [];
  const manifest = loadManifest(config.PERSISTED_DOCUMENTS_MANIFEST!);
  return [
    usePersistedOperations({
      // `documentId` (GraphQL over HTTP's trusted-documents field), or Apollo's persistedQuery extension.
      extractPersistedOperationId: (params, request, context) => {
        const documentId = (params as { documentId?: unknown }).documentId;
        return typeof documentId === 'string' ? documentId : defaultExtractPersistedOperationId(params, request, context);
      },
      // An id with or without the "sha256:" prefix.
      getPersistedOperation: (id) => manifest.get(id) ?? manifest.get(`sha256:${id}`) ?? null,
      allowArbitraryOperations: config.PERSISTED_DOCUMENTS === 'allow',
      customErrors: {
        notFound: coded('PERSISTED_DOCUMENT_NOT_FOUND'),
        persistedQueryOnly: coded('PERSISTED_DOCUMENTS_ONLY'),
        keyNotFound: coded('BAD_REQUEST', '请求缺少 documentId 或 query (send documentId, or query where allowed)'),
      },
    }) as Plugin,
  ];
}
