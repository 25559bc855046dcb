import { defineConfig } from 'prisma/config';

// Prisma 7 reads the schema folder and migrations from here. The datasource URL is only used
// by the standard CLI (`prisma migrate deploy`) on machines that have its native engine; this
// project applies migrations itself (src/db/migrate.ts) and creates them with the WASM schema
// engine (scripts/migration.ts), so the URL may be absent.
export default defineConfig({
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/zeren' },
});
