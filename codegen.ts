import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the tests (and an example for front-end teams): every `graphql(`…`)` in
 * test/ is checked against schema.graphql and gets its result and variable types.
 */
const config: CodegenConfig = {
  schema: './schema.graphql',
  documents: ['test/**/*.ts', 'scripts/**/*.ts', '!test/gql/**'],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    './test/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown', Decimal: 'string' },
      },
      // Trusted documents (issue 13): persisted-documents.json maps each document's sha256 to its text;
      // a server with PERSISTED_DOCUMENTS=only runs exactly these (see README, Trusted documents).
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
    },
  },
};

export default config;
