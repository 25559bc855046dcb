import { assertMayAct } from '../../authz/actions.js';
import { structureViewer } from '../../authz/guards.js';
import type { Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, lockTree, type Tx } from '../../db/transaction.js';
import { DomainError } from '../../errors.js';
import { todayInChina } from '../../lib/dates.js';
import { recordAudit } from '../audit/service.js';
import { oneTimePassword } from '../accounts/service.js';
import { hashPassword } from '../auth/service.js';
import { applyPlan } from './apply.js';
import { boundedXlsx } from '../../lib/bounded-xlsx.js';
import { withHeavySlot } from '../../lib/heavy-work.js';
import { assertWorkbookBytes, MAX_WORKBOOK_BYTES, parseWorkbook, type ParsedWorkbook } from './parse.js';
import { SHEETS, type OrgChartProblem } from './sheets.js';
import { planImport, type ImportCounts, type ImportPlan, type Snapshot } from './validate.js';

export interface ImportResult {
  dryRun: boolean;
  applied: boolean;
  counts: ImportCounts;
  errors: OrgChartProblem[];
  /** New accounts; the one-time password only when applied (shown once, stored only as a hash). */
  accounts: { username: string; temporaryPassword: string | null }[];
  unitsNotInWorkbook: { code: string | null; name: string }[];
}

const ZERO: ImportCounts = { units: 0, people: 0, posts: 0, duties: 0, accounts: 0 };

/**
 * Who may import a bureau's org chart: the one door for it. Whoever may change the whole bureau's
 * structure — its administrator, or the first or direct responsible person of the bureau committee
 * (action IMPORT_ORG_CHART of src/authz/actions.ts, on the root).
 */
export function assertMayImportOrgChart(viewer: Viewer, root: { id: string; tenantId: string; ancestorIds: readonly string[] }) {
  const importer = structureViewer(viewer);
  assertMayAct(viewer, 'IMPORT_ORG_CHART', root);
  return importer;
}

/** The bureau now: a constant number of queries, whatever its size. */
export async function loadSnapshot(db: PrismaClient | Tx, tenantId: string, workbook: ParsedWorkbook, today: Date): Promise<Snapshot> {
  const usernames = workbook.accounts.map((r) => r.text[SHEETS.accounts.headers[0]]!).filter(Boolean);
  // History that the workbook's dates could meet: what ended after the earliest date it names.
  const dated = workbook.posts.flatMap((r) => Object.values(r.dates)).filter((x): x is Date => !!x);
  const floor = dated.reduce((a, b) => (b < a ? b : a), today);
  const [tenant, units, people, posts, duties, accounts, pastPosts, pastDuties] = await Promise.all([
    db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { code: true } }),
    db.orgUnit.findMany({
      where: { tenantId },
      select: { id: true, code: true, name: true, kind: true, parentId: true, ancestorIds: true, depth: true, archivedAt: true },
      orderBy: [{ depth: 'asc' }, { sortOrder: 'asc' }],
    }),
    db.person.findMany({ where: { tenantId }, select: { id: true, code: true, name: true, jobTitle: true } }),
    db.post.findMany({ where: { tenantId, endDate: null }, select: { id: true, unitId: true, personId: true, role: true, startDate: true } }),
    db.duty.findMany({
      where: { tenantId, endDate: null },
      select: { id: true, unitId: true, personId: true, postId: true, kind: true, startDate: true, scope: { select: { unitId: true } } },
    }),
    db.userAccount.findMany({
      where: { OR: [{ tenantId }, { username: { in: usernames.slice(0, 5000) } }] },
      select: { username: true, tenantId: true, personId: true },
    }),
    db.post.findMany({
      where: { tenantId, endDate: { gt: floor } },
      select: { id: true, unitId: true, personId: true, role: true, startDate: true, endDate: true },
    }),
    db.duty.findMany({
      where: { tenantId, endDate: { gt: floor } },
      select: { id: true, unitId: true, personId: true, postId: true, kind: true, startDate: true, endDate: true },
    }),
  ]);
  return {
    tenantId,
    tenantCode: tenant.code,
    units: units.map(({ archivedAt, ...u }) => ({ ...u, archived: archivedAt !== null })),
    people,
    posts,
    duties: duties.map(({ scope, ...d }) => ({ ...d, scopeUnitIds: scope.map((s) => s.unitId) })),
    accounts,
    history: { posts: pastPosts, duties: pastDuties.map((x) => ({ ...x, scopeUnitIds: [] })) },
  };
}

export interface UploadedFile { size: number; arrayBuffer(): Promise<ArrayBuffer> }

/**
 * 导入组织架构: validates a workbook against the bureau and, unless it is a dry run or has
 * problems, applies the difference in one transaction (all or nothing) with its audit event.
 */
export async function importOrgChart(
  prisma: PrismaClient, viewer: Viewer, input: { file: UploadedFile; dryRun: boolean }, now: Date,
  /** How the import was run, for the audit record (e.g. `npm run import` by an operating-system user). */
  options: { via?: string } = {},
): Promise<ImportResult> {
  const importer = structureViewer(viewer);
  const tenantId = importer.tenantId;
  // Authorise before a byte of the file is read (issue 23): a caller who may not import gets
  // FORBIDDEN at once, whatever the file is, having cost one query.
  const root = await prisma.orgUnit.findFirst({ where: { tenantId, parentId: null }, select: { id: true, tenantId: true, ancestorIds: true } });
  if (!root) throw new DomainError('NOT_FOUND', 'bureau not found');
  assertMayImportOrgChart(viewer, root);
  if (input.file.size > MAX_WORKBOOK_BYTES) {
    throw new DomainError('FILE_TOO_LARGE', `组织架构表不能超过 ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB (the org-chart workbook is at most ${MAX_WORKBOOK_BYTES} bytes)`);
  }
  // One import at a time per account, a few per bureau (src/lib/heavy-work.ts): RATE_LIMITED beyond.
  return withHeavySlot('import', importer.userId, tenantId, () => readAndImport(prisma, viewer, tenantId, input, now, options));
}

async function readAndImport(
  prisma: PrismaClient, viewer: Viewer, tenantId: string, input: { file: UploadedFile; dryRun: boolean }, now: Date, options: { via?: string },
): Promise<ImportResult> {
  // Unpacked within bounds (src/lib/bounded-xlsx.ts) before exceljs reads it.
  const upload = new Uint8Array(await input.file.arrayBuffer());
  assertWorkbookBytes(upload);
  const { workbook, problems: fileProblems } = await parseWorkbook(await boundedXlsx(upload));
  const today = todayInChina(now);

  const check = async (db: PrismaClient | Tx) => {
    const root = await db.orgUnit.findFirst({ where: { tenantId, parentId: null }, select: { id: true, tenantId: true, ancestorIds: true } });
    if (!root) throw new DomainError('NOT_FOUND', 'bureau not found');
    assertMayImportOrgChart(viewer, root);
    const snapshot = await loadSnapshot(db, tenantId, workbook, today);
    const { problems, plan } = planImport(workbook, snapshot, today);
    // A missing sheet or column would make every reference to it look wrong: report only those.
    const structural = fileProblems.some((p) => p.code === 'MISSING_SHEET' || p.code === 'MISSING_COLUMN');
    return { problems: structural ? fileProblems : [...fileProblems, ...problems], plan };
  };
  const report = (plan: ImportPlan, errors: OrgChartProblem[], applied: boolean, passwords?: Map<string, string>): ImportResult => ({
    dryRun: input.dryRun,
    applied,
    counts: errors.length ? ZERO : plan.counts,
    errors,
    accounts: errors.length ? [] : plan.accounts.create.map((a) => ({ username: a.username, temporaryPassword: passwords?.get(a.username) ?? null })),
    unitsNotInWorkbook: plan.unitsNotInWorkbook,
  });

  if (input.dryRun) {
    const { problems, plan } = await check(prisma);
    return report(plan, problems, false);
  }
  return inTransaction(prisma, async (tx) => {
    // The bureau's tree lock, exclusively: an import creates, moves and renames units as one change
    // of the tree, so no move, create or archive runs beside it (the same lock those services take).
    await lockTree(tx, tenantId, 'exclusive');
    const { problems, plan } = await check(tx);
    if (problems.length) return report(plan, problems, false);
    const passwords = new Map(plan.accounts.create.map((a) => [a.username, oneTimePassword()]));
    const hashes = new Map(await Promise.all([...passwords].map(async ([u, p]) => [u, await hashPassword(p)] as const)));
    await applyPlan(tx, tenantId, plan, hashes, '组织架构表导入 (org-chart import)');
    await recordAudit(tx, viewer, {
      tenantId, action: 'orgchart.import', entityType: 'Tenant', entityId: tenantId,
      after: {
        ...(options.via ? { via: options.via } : {}),
        counts: plan.counts,
        unitsCreated: plan.units.create.map((u) => u.code),
        unitsChanged: plan.units.update.map((u) => u.code || u.id),
        peopleCreated: plan.people.create.map((p) => p.code),
        postsEnded: plan.posts.end.length,
        dutiesEnded: plan.duties.end.length,
        accountsCreated: plan.accounts.create.map((a) => a.username),
      },
    });
    return report(plan, [], true, passwords);
  }, { timeout: 120_000 });
}
