import { defineConfig } from 'vitest/config';

/**
 * `npm run test:quick` (TEST_QUICK=1) leaves out the files that spend most of their time outside
 * the API: they spawn `npm start` or the CLI scripts as child processes (each a cold tsx start on a
 * new data directory), build hostile zip bombs, or need a browser. CI and `npm test` run every file;
 * docs/testing.md has the figures.
 */
const SLOW_FILES = [
  'test/scripts/**', // npm run import / backup / restore as separate processes
  'test/server/first-start.test.ts', // npm start on a new data directory, read line by line
  'test/orgchart/hostile-workbooks.test.ts', // crafted zip bombs, memory measured around each
  'test/graphiql/browser.test.ts', // Chromium
];

export default defineConfig({
  // graphql ships CJS and ESM builds; CJS dependencies (graphql-shield, graphql-middleware) and ESM
  // ones must share one instance, as they do under plain Node.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...(process.env.TEST_QUICK === '1' ? SLOW_FILES : [])],
    // Migrates and seeds the demo template once per run; each file's createTestApp copies it.
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // One worker process runs its files one after another and imports the modules once (about 4 s
    // a file with isolation, 27 s for the whole run without). Every file has its own database and
    // server (createTestApp) and closes them; the server keeps no state in module scope that one
    // file could leave for the next (docs/testing.md, "Speed"). ISOLATE=1 turns isolation back on.
    isolate: process.env.ISOLATE === '1',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
  },
});
