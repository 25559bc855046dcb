import { OPEN_ROW } from '../../authz/in-force.js';
import { BUREAU_ROOT } from '../../authz/bureau-root.js';
import { assertMayAct } from '../../authz/actions.js';
import { structureViewer } from '../../authz/guards.js';
import type { Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, lockTree, type Tx } from '../../db/transaction.js';
import { DomainError, fromDatabaseError } from '../../errors.js';
import { todayInChina } from '../../lib/dates.js';
import { recordAudit } from '../audit/service.js';
import { oneTimePassword } from '../accounts/service.js';
import { hashPassword } from '../auth/service.js';
import { applyPlan } from './apply.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { PubSub } from '../../pubsub.js';
import { oneTimePasswordRows, sealOneTimePasswords, type OneTimePasswordSheetLink } from '../accounts/one-time-sheets.js';
import { boundedXlsx } from '../../lib/bounded-xlsx.js';
import { processHeavySlots, withHeavySlot, type HeavySlots } from '../../lib/heavy-work.js';
import type { ThrottleStore } from '../../lib/throttle.js';
import { guardUsernameAnswers } from '../accounts/username-probes.js';
import { assertWorkbookBytes, MAX_WORKBOOK_BYTES, parseWorkbook, type ParsedWorkbook } from './parse.js';
import { SHEETS, SHEET_KEYS, type OrgChartProblem } from './sheets.js';
import { planImport, type ImportCounts, type ImportPlan, type Snapshot } from './validate.js';

export interface ImportResult {
  dryRun: boolean;
  applied: boolean;
  counts: ImportCounts;
  errors: OrgChartProblem[];
  /** What the import did that a clerk should know (rows skipped, dates adjusted); never blocks it. */
  warnings: OrgChartProblem[];
  /** New accounts; the one-time password only when applied (in this result only; stored only as a hash). */
  accounts: { username: string; temporaryPassword: string | null }[];
  /** The new accounts' one-time passwords as a sheet to download once (applied, with new accounts, through the API). */
  oneTimePasswords: OneTimePasswordSheetLink | null;
  /** Accounts of people left with no post in force: disabled (in a dry run: would be). */
  accountsDisabled: (AccountChange & { userId?: string })[];
  /** Accounts this import's predecessors disabled for want of a post, whose person holds one again: enabled. */
  accountsEnabled: AccountChange[];
  unitsNotInWorkbook: { code: string | null; name: string }[];
}

export interface AccountChange { username: string; name: string; message: string }

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
    db.post.findMany({ where: { tenantId, ...OPEN_ROW }, select: { id: true, unitId: true, personId: true, role: true, startDate: true } }),
    db.duty.findMany({
      where: { tenantId, ...OPEN_ROW },
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

export interface ImportOptions {
  /** How the import was run, for the audit record (e.g. `npm run import` by an operating-system user). */
  via?: string;
  /** The API: new accounts' one-time passwords also go into a sheet downloadable once, signed for this session. */
  oneTimePasswords?: { secret: Uint8Array; sessionVersion: number };
  /** Ends the open subscriptions of accounts the import disables (their tokens are refused anyway). */
  pubsub?: PubSub;
  /** The instance's heavy-work slots (shared through Redis when configured); the process's own by default. */
  slots?: HeavySlots;
}

/**
 * 导入组织架构: validates a workbook against the bureau and, unless it is a dry run or has
 * problems, applies the difference in one transaction (all or nothing) with its audit event.
 */
export async function importOrgChart(
  prisma: PrismaClient, viewer: Viewer, input: { file: UploadedFile; dryRun: boolean }, now: Date, throttle?: ThrottleStore,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const importer = structureViewer(viewer);
  const tenantId = importer.tenantId;
  // Authorise before a byte of the file is read (issue 23): a caller who may not import gets
  // FORBIDDEN at once, whatever the file is, having cost one query.
  const root = await prisma.orgUnit.findFirst({ where: { tenantId, ...BUREAU_ROOT }, select: { id: true, tenantId: true, ancestorIds: true } });
  if (!root) throw new DomainError('NOT_FOUND', 'bureau not found');
  assertMayImportOrgChart(viewer, root);
  if (input.file.size > MAX_WORKBOOK_BYTES) {
    throw new DomainError('FILE_TOO_LARGE', `组织架构表不能超过 ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB (the org-chart workbook is at most ${MAX_WORKBOOK_BYTES} bytes)`);
  }
  // One import at a time per account, a few per bureau (src/lib/heavy-work.ts): RATE_LIMITED beyond.
  return withHeavySlot(options.slots ?? processHeavySlots, 'import', importer.userId, tenantId, () => readAndImport(prisma, viewer, tenantId, input, now, throttle, options));
}

async function readAndImport(
  prisma: PrismaClient, viewer: Viewer, tenantId: string, input: { file: UploadedFile; dryRun: boolean }, now: Date, throttle: ThrottleStore | undefined, options: ImportOptions,
): Promise<ImportResult> {
  // Unpacked within bounds (src/lib/bounded-xlsx.ts) before exceljs reads it.
  const upload = new Uint8Array(await input.file.arrayBuffer());
  assertWorkbookBytes(upload);
  const { workbook, problems: fileProblems } = await parseWorkbook(await boundedXlsx(upload));
  // The 账号 rows answer ACCOUNT_TAKEN for names taken outside the bureau: throttled (username-probes.ts).
  await guardUsernameAnswers(prisma, throttle, viewer, workbook.accounts.map((r) => r.text[SHEETS.accounts.headers[0]]!).filter(Boolean), now);
  const today = todayInChina(now);

  const check = async (db: PrismaClient | Tx) => {
    const root = await db.orgUnit.findFirst({ where: { tenantId, ...BUREAU_ROOT }, select: { id: true, tenantId: true, ancestorIds: true } });
    if (!root) throw new DomainError('NOT_FOUND', 'bureau not found');
    assertMayImportOrgChart(viewer, root);
    const snapshot = await loadSnapshot(db, tenantId, workbook, today);
    const unreadable = new Set(fileProblems.filter((p) => p.code === 'MISSING_SHEET' || p.code === 'MISSING_COLUMN' || p.code === 'TOO_MANY_ROWS').map((p) => p.sheet!));
    const { problems, warnings, plan } = planImport(workbook, snapshot, today, unreadable);
    // Header problems come with the row problems of the sheets that could be read.
    return { problems: sortProblems([...fileProblems.filter((p) => p.severity !== 'warning'), ...problems]), warnings: sortProblems([...fileProblems.filter((p) => p.severity === 'warning'), ...warnings]), plan };
  };
  const report = (
    plan: ImportPlan, errors: OrgChartProblem[], warnings: OrgChartProblem[], applied: boolean,
    done?: { passwords: Map<string, string>; sheet: OneTimePasswordSheetLink | null; accounts: AccountSync },
  ): ImportResult => ({
    dryRun: input.dryRun,
    applied,
    counts: errors.length ? ZERO : plan.counts,
    errors,
    warnings,
    accounts: errors.length ? [] : plan.accounts.create.map((a) => ({ username: a.username, temporaryPassword: done?.passwords.get(a.username) ?? null })),
    oneTimePasswords: done?.sheet ?? null,
    accountsDisabled: done?.accounts.disabled ?? [],
    accountsEnabled: done?.accounts.enabled ?? [],
    unitsNotInWorkbook: plan.unitsNotInWorkbook,
  });

  // The dry run is the real run, rolled back: the same checks, the same writes, the same database
  // rules (the deferred team rules are made to fire before the rollback), so the two cannot differ.
  try {
    const result = await inTransaction(prisma, async (tx) => {
      // The bureau's tree lock, exclusively: an import creates, moves and renames units as one change
      // of the tree, so no move, create or archive runs beside it (the same lock those services take).
      await lockTree(tx, tenantId, 'exclusive');
      const { problems, warnings, plan } = await check(tx);
      if (problems.length) return report(plan, problems, warnings, false);
      const passwords = input.dryRun ? new Map<string, string>() : new Map(plan.accounts.create.map((a) => [a.username, oneTimePassword()]));
      const hashes = input.dryRun
        ? new Map(plan.accounts.create.map((a) => [a.username, '!dry-run']))
        : new Map(await Promise.all([...passwords].map(async ([u, p]) => [u, await hashPassword(p)] as const)));
      let accounts: AccountSync;
      try {
        await applyPlan(tx, tenantId, plan, hashes, '组织架构表导入 (org-chart import)');
        accounts = await syncAccountsWithPosts(tx, tenantId, today, now, input.dryRun);
        await tx.$executeRaw`SET CONSTRAINTS ALL IMMEDIATE`;
      } catch (error) {
        // A database rule the checks above did not foresee (a race, or a bug): still a located problem.
        throw new RolledBack(report(plan, [locateDatabaseError(error, workbook, plan)], warnings, false));
      }
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
          accountsDisabled: accounts.disabled.map((a) => a.username),
          accountsEnabled: accounts.enabled.map((a) => a.username),
        },
      });
      if (input.dryRun) throw new RolledBack(report(plan, [], warnings, false, { passwords, sheet: null, accounts }));
      // The passwords also go into a sheet for the importer to download once (in this transaction: no import, no sheet).
      const sheet = passwords.size && options.oneTimePasswords && viewer.kind !== 'anonymous'
        ? await sealOneTimePasswords(tx, viewer, await oneTimePasswordRows(tx, passwords, today), { ...options.oneTimePasswords, now, tenantId })
        : null;
      return report(plan, [], warnings, true, { passwords, sheet, accounts });
    }, { timeout: 120_000 });
    // Sessions of disabled accounts end at once (their tokens are refused by the session version already).
    for (const a of result.accountsDisabled) if (a.userId) options.pubsub?.publish('sessionRevoked', { userId: a.userId });
    return result;
  } catch (error) {
    if (error instanceof RolledBack) return error.result;
    throw error;
  }
}

interface AccountSync { disabled: (AccountChange & { userId?: string })[]; enabled: AccountChange[] }

/**
 * Accounts follow posts (issue 22): a person's account, not an administrator's, is disabled when the
 * person holds no post in force or to come on the import day (raising its session version, so its
 * tokens are refused at once), and flagged `disabledForNoPost`; an account so flagged whose person
 * holds a post again is enabled (it signs in anew). An account an administrator disabled is never
 * enabled here. Two statements, whatever the bureau's size.
 */
async function syncAccountsWithPosts(tx: Tx, tenantId: string, today: Date, now: Date, dryRun: boolean): Promise<AccountSync> {
  // The person holds a post in force or to come (a post ending today is over: [start, end)).
  const holdsPost = Prisma.sql`EXISTS (SELECT 1 FROM "Post" x WHERE x."tenantId" = a."tenantId" AND x."personId" = a."personId"
    AND (x."endDate" IS NULL OR x."endDate" > ${today}::date))`;
  const disabled = await tx.$queryRaw<{ id: string; username: string; name: string }[]>`
    UPDATE "UserAccount" a SET "disabledAt" = ${now}, "disabledForNoPost" = true, "sessionVersion" = a."sessionVersion" + 1
      FROM "Person" p
     WHERE a."tenantId" = ${tenantId} AND p."tenantId" = a."tenantId" AND p."id" = a."personId"
       AND NOT a."isAdministrator" AND a."disabledAt" IS NULL AND NOT ${holdsPost}
    RETURNING a."id", a."username", p."name"`;
  const enabled = await tx.$queryRaw<{ username: string; name: string }[]>`
    UPDATE "UserAccount" a SET "disabledAt" = NULL, "disabledForNoPost" = false
      FROM "Person" p
     WHERE a."tenantId" = ${tenantId} AND p."tenantId" = a."tenantId" AND p."id" = a."personId"
       AND a."disabledForNoPost" AND ${holdsPost}
    RETURNING a."username", p."name"`;
  const order = (x: { username: string }, y: { username: string }) => x.username.localeCompare(y.username);
  return {
    disabled: disabled.sort(order).map((a) => ({
      userId: dryRun ? undefined : a.id, username: a.username, name: a.name,
      message: `${dryRun ? '将停用' : '已停用'}账号 ${a.username}（${a.name}）：此人已无在任职务；再次任职后导入将自动启用 (${dryRun ? 'would be disabled' : 'disabled'}: no post in force)`,
    })),
    enabled: enabled.sort(order).map((a) => ({
      username: a.username, name: a.name,
      message: `${dryRun ? '将启用' : '已启用'}账号 ${a.username}（${a.name}）：此人重新任职 (${dryRun ? 'would be enabled' : 'enabled'}: holds a post again)`,
    })),
  };
}

/** Carries a run's report out of a transaction that must not commit (a dry run, a refused write). */
class RolledBack extends Error {
  constructor(readonly result: ImportResult) {
    super('rolled back');
  }
}

const SHEET_ORDER: readonly string[] = SHEET_KEYS.map((k) => SHEETS[k].name);
const columnRank = (sheet: string | null, column: string | null) => {
  const key = SHEET_KEYS.find((k) => SHEETS[k].name === sheet);
  const i = key && column ? (SHEETS[key].headers as readonly string[]).indexOf(column) : -1;
  return i < 0 ? -1 : i;
};

/** Problems in the order a clerk works through the workbook: sheet, row, column. */
export function sortProblems(problems: OrgChartProblem[]): OrgChartProblem[] {
  const sheetRank = (s: string | null) => (s === null ? -1 : SHEET_ORDER.indexOf(s) < 0 ? SHEET_ORDER.length : SHEET_ORDER.indexOf(s));
  return [...problems].sort((a, b) => sheetRank(a.sheet) - sheetRank(b.sheet) || (a.row ?? 0) - (b.row ?? 0)
    || columnRank(a.sheet, a.column) - columnRank(b.sheet, b.column) || a.code.localeCompare(b.code));
}

/**
 * A database rule's refusal, located: on the 组织 row of a unit the error names, else on the bureau's
 * own row. Only a race with another change, or a gap in validate.ts, gets here.
 */
function locateDatabaseError(error: unknown, workbook: ParsedWorkbook, plan: ImportPlan): OrgChartProblem {
  const typed = fromDatabaseError(error);
  if (!typed) throw error;
  const text = String((error as { message?: unknown })?.message ?? '') + ' ' + typed.message;
  const codeOfId = new Map([...plan.units.create, ...plan.units.update].map((u) => [u.id, u.code]));
  const unitCode = [...codeOfId].find(([id]) => text.includes(id))?.[1];
  const rows = workbook.units;
  const row = rows.find((r) => r.text[SHEETS.units.headers[0]] === unitCode) ?? rows[0];
  return {
    sheet: SHEETS.units.name, row: row?.row ?? 1, column: SHEETS.units.headers[0], code: typed.code,
    message: `${typed.message}；请核对该组织的任职与分工后重新导入 (refused by a database rule; check this unit's posts and duties and import again)`,
  };
}

