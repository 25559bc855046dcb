/**
 * Which way imports may run (issue 20 item 4): `npm run lint:deps`, a step of .ci/run.
 * Lower layers know nothing of the ones above them: src/lib and src/db → src/authz → src/context.ts →
 * module services → src/graphql (shared enums and resolver helpers) → module schema files → src/schema.ts,
 * src/server.ts → src/main.ts. Type-only imports count too.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Files that import each other in a loop cannot be read or tested one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-and-db-below-modules',
      severity: 'error',
      comment: 'src/lib and src/db are the ground floor: they import nothing from src/modules.',
      from: { path: '^src/(lib|db)/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'context-below-modules',
      severity: 'error',
      comment: 'The request context is built before any module runs: src/context.ts imports nothing from src/modules.',
      from: { path: '^src/context\\.ts$' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'graphql-helpers-below-schema-files',
      severity: 'error',
      comment: 'src/graphql holds what several schema files share; it imports no schema file.',
      from: { path: '^src/graphql/' },
      to: { path: ['^src/schema[.]ts$', '^src/modules/[^/]+/[a-z-]*schema[.]ts$'] },
    },
    {
      name: 'no-schema-helpers-across-modules',
      severity: 'error',
      comment:
        'A module\'s schema file takes shared enums and resolver helpers from src/graphql, not from another module\'s schema ' +
        'file. The one exception is an object type itself (PersonRef, OrgUnitRef, ViewerRef, AccountRef, TenantRef, ' +
        'AccountabilityRecordRef), which lives with the module that owns it.',
      from: { path: '^src/modules/([^/]+)/[a-z-]*schema[.]ts$' },
      to: {
        path: '^src/modules/[^/]+/[a-z-]*schema[.]ts$',
        pathNot: ['^src/modules/$1/', '^src/modules/(people|org|auth|accounts|tenancy|accountability)/schema[.]ts$'],
      },
    },
    {
      name: 'demo-data-only-from-entry-points',
      severity: 'error',
      comment: 'The demo data loader (src/demo) is loaded by the entry points (src/main.ts, scripts, bench, tests), never by the application.',
      from: { path: '^src/', pathNot: ['^src/demo/', '^src/main\\.ts$'] },
      to: { path: '^src/demo/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
