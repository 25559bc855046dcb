/**
 * Creates a migration folder offline: `npm run db:migration -- <name>`.
 *
 * Prisma's CLI needs a native schema engine that these machines cannot download, so this script
 * drives the same engine compiled to WASM (@prisma/schema-engine-wasm): it applies the existing
 * migrations to a fresh in-memory PGlite, diffs that database against prisma/schema/*.prisma and
 * writes the difference as prisma/migrations/<timestamp>_<name>/migration.sql — Prisma's own
 * format, so `prisma migrate deploy` can apply the folder where the native engine exists.
 *
 * SQL that Prisma's schema language cannot express (partial unique indexes, CHECK constraints,
 * triggers) is appended by hand to a migration. The diff would propose dropping those partial
 * indexes again; objects whose names end in `_rule` are ours, and statements dropping them are
 * left out of new migrations.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { createPGlite } from '../src/db/client.js';
import { applyMigrations, MIGRATIONS_DIR } from '../src/db/migrate.js';

const require = createRequire(import.meta.url);
const SCHEMA_DIR = resolve('prisma/schema');

async function loadSchemaEngine() {
  // The package's ESM entry imports a .wasm file directly, which Node 20 cannot: instantiate it here.
  const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bg = await import(pathToFileURL(bgPath).href);
  const bytes = await readFile(bgPath.replace(/\.js$/, '.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return bg.SchemaEngine as {
    new: (options: unknown, log: (message: string) => void, adapter: unknown) => Promise<{
      diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
    }>;
  };
}

async function schemaFiles() {
  const names = (await readdir(SCHEMA_DIR)).filter((n) => n.endsWith('.prisma')).sort();
  return Promise.all(
    names.map(async (name) => ({ path: join(SCHEMA_DIR, name), content: await readFile(join(SCHEMA_DIR, name), 'utf8') })),
  );
}

/** Drops from the diff the statements that would undo our hand-written `_rule` objects. */
export function withoutRuleDrops(script: string): string {
  return script
    .split(/\n(?=-- )/)
    .map((block) =>
      block
        .split(/;\n/)
        .filter((statement) => !/DROP (INDEX|CONSTRAINT|TRIGGER)[^;]*_rule"/.test(statement))
        .join(';\n'),
    )
    .filter((block) => block.replace(/--[^\n]*\n?/g, '').trim() !== '')
    .join('\n');
}

export async function diffSchema(): Promise<string> {
  const SchemaEngine = await loadSchemaEngine();
  const pglite = await createPGlite('memory://');
  try {
    await applyMigrations({
      query: async (sql, params) => (await pglite.query(sql, params)).rows as never[],
      exec: async (sql) => void (await pglite.exec(sql)),
    });
    const files = await schemaFiles();
    const engine = await SchemaEngine.new(
      { datamodels: files.map((f) => [f.path, f.content]) },
      () => {},
      bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite)),
    );
    const result = await engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: resolve('.') },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return withoutRuleDrops(result.stdout ?? '');
  } finally {
    await pglite.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const name = args.find((a) => !a.startsWith('--'));
  const script = await diffSchema();
  const empty = script.trim() === '' || /^-- This is an empty migration/.test(script.trim());
  if (check) {
    if (!empty) {
      console.error('prisma/schema differs from prisma/migrations; run `npm run db:migration -- <name>`:\n' + script);
      process.exit(1);
    }
    console.log('migrations match prisma/schema');
    return;
  }
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error('usage: npm run db:migration -- <name in snake_case> [--check]');
    process.exit(2);
  }
  if (empty) {
    console.log('No schema changes: nothing written.');
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const folder = join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'migration.sql'), script.endsWith('\n') ? script : script + '\n');
  console.log(`Wrote ${folder}/migration.sql`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
