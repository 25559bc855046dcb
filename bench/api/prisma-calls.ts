/**
 * `node --import tsx bench/api/prisma-calls.ts`: what Prisma costs per call against `pg` alone, on
 * the benchmark's 1× data (PostgreSQL with BENCH_DATABASE_URL, else PGlite). Prints CPU and wall ms
 * per call of this process, in sequence. docs/performance.md, *Where issue 12's goal stands*, quotes it.
 */
import { applyMigrations } from '../../src/db/migrate.js';
import { scratchDatabase } from '../../src/db/scratch.js';
import { todayInChina } from '../../src/lib/dates.js';
import type { PostRole } from '../../src/generated/prisma/enums.js';
import { buildBenchData } from './data.js';

const db = await scratchDatabase(process.env.BENCH_DATABASE_URL || undefined, { prefix: 'zeren_bench' });
await applyMigrations(db.sql);
const data = await buildBenchData(db.prisma, 1, todayInChina(new Date()).getUTCFullYear());
await db.sql.exec('ANALYZE');
const prisma = db.prisma;
const id = data.rootId;

async function time(label: string, n: number, f: () => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await f();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await f();
  const cpu = process.cpuUsage(cpu0);
  console.log(`${label.padEnd(58)} ${((cpu.user + cpu.system) / 1000 / n).toFixed(3)} ms CPU ${((performance.now() - t0) / n).toFixed(3)} ms wall`);
}

console.log(`${db.engine}, node ${process.version}`);
await time('Prisma findUnique: one unit, its id', 500, () => prisma.orgUnit.findUnique({ where: { id }, select: { id: true } }));
await time('pg: the same', 500, () => db.sql.query('SELECT "id" FROM "OrgUnit" WHERE "id" = $1', [id]));
await time('Prisma count: work items', 500, () => prisma.workItem.count({ where: { tenantId: data.tenantId } }));
await time('Prisma findMany: 100 work items', 200, () => prisma.workItem.findMany({ where: { tenantId: data.tenantId }, take: 100 }));
await time('pg: the same 100 rows', 200, () => db.sql.query('SELECT * FROM "WorkItem" WHERE "tenantId" = $1 LIMIT 100', [data.tenantId]));
await time('Prisma findMany: 100 work items, unit and person joined', 200, () =>
  prisma.workItem.findMany({ where: { tenantId: data.tenantId }, take: 100, include: { unit: true, responsiblePerson: true } }));
// The tree's page of 100 units with what the tree query asks for (parent, children, team with their
// person, duties with person and scope): every column of every joined row (include mode, before
// issue 24's lever 1) against the columns the query selects plus the row guards' (select mode).
const ids = (await prisma.orgUnit.findMany({ where: { tenantId: data.tenantId, archivedAt: null }, orderBy: [{ depth: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }], take: 100, select: { id: true } })).map((u) => u.id);
const team = { endDate: null, role: { in: ['SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER'] as PostRole[] } };
const childOrder = [{ sortOrder: 'asc' }, { name: 'asc' }] as const;
const postOrder = [{ role: 'asc' }, { startDate: 'asc' }, { id: 'asc' }] as const;
const dutyOrder = [{ kind: 'asc' }, { startDate: 'asc' }, { id: 'asc' }] as const;
const inForce = { endDate: null };
const unitKeys = { id: true, tenantId: true, ancestorIds: true } as const;
const personKeys = { id: true, tenantId: true, name: true } as const;
await time('Prisma findMany: the tree page, every column (include)', 100, () => prisma.orgUnit.findMany({
  where: { id: { in: ids } },
  include: {
    parent: true,
    children: { where: { archivedAt: null }, orderBy: [...childOrder] },
    posts: { where: team, orderBy: [...postOrder], include: { person: true } },
    duties: { where: inForce, orderBy: [...dutyOrder], include: { person: true, scope: { select: { unit: true }, orderBy: { unitId: 'asc' } } } },
  },
}));
await time('Prisma findMany: the tree page, asked columns (select)', 100, () => prisma.orgUnit.findMany({
  where: { id: { in: ids } },
  select: {
    ...unitKeys, name: true, kind: true,
    parent: { select: unitKeys },
    children: { where: { archivedAt: null }, orderBy: [...childOrder], select: { ...unitKeys, name: true } },
    posts: { where: team, orderBy: [...postOrder], select: { id: true, tenantId: true, unitId: true, personId: true, role: true, person: { select: personKeys } } },
    duties: { where: inForce, orderBy: [...dutyOrder], select: { id: true, tenantId: true, unitId: true, kind: true, person: { select: personKeys }, scope: { select: { unit: { select: unitKeys } }, orderBy: { unitId: 'asc' } } } },
  },
}));
await db.close();
