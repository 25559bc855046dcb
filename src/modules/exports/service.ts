import { bureauViewer, districtViewer, notSignedIn, structureViewer, type DistrictViewer, type PersonViewer, type StructureViewer } from '../../authz/guards.js';
import type { Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction } from '../../db/transaction.js';
import { DomainError } from '../../errors.js';
import type { OrgUnit } from '../../generated/prisma/client.js';
import { formatDate, todayInChina } from '../../lib/dates.js';
import { recordAudit } from '../audit/service.js';
import { visibleUnit } from '../org/service.js';
import { csvChunks } from './csv.js';
import { CONTENT_TYPES, type ExportDownload } from './format.js';
import { EXPORT_FORMATS, type DistrictLedgerQuery, type ExportFormatCode, type Ledger, type LedgerQuery, type WorkbookQuery } from './ledger.js';
import { ledgerOf } from './registry.js';
import { signExportLink } from './token.js';
import { xlsxChunks } from './xlsx.js';

/** What an export is of: a ledger, a format and its filters (raw ids). */
export interface ExportSpec {
  ledger: string;
  format: ExportFormatCode;
  year?: number | null;
  unitId?: string | null;
  status?: string | null;
}

/** The earliest year a ledger may be asked for; the latest is next year (plans are made ahead). */
export const FIRST_LEDGER_YEAR = 2000;

interface ResolvedExport {
  ledger: Ledger<unknown>;
  /** A person of a bureau (bureau ledgers), a district role (district ledgers), or either kind of structure viewer (workbook ledgers). */
  viewer: PersonViewer | DistrictViewer | StructureViewer;
  year?: number;
  unit?: OrgUnit;
  status?: string;
}

/**
 * Checks an export against the ledger and the viewer's scope, from the database, now: the ledger
 * exists and accepts each filter; the year is a plausible year; the unit is one the viewer may see
 * (NOT_FOUND otherwise, as for a unit that does not exist); the viewer may read the ledger at all.
 * Runs when the link is requested and again when it is used, so that a person who has lost a duty
 * in between gets only what they may see now.
 */
export async function resolveExport(db: PrismaClient, viewer: Viewer, spec: ExportSpec, now: Date): Promise<ResolvedExport> {
  const refusal = notSignedIn(viewer);
  if (refusal) throw refusal;
  const ledger = ledgerOf(spec.ledger);
  // Bureau rows are for people of a bureau; district rows for district roles (those the ledger names), over their district.
  // A workbook ledger (the org chart) is for whoever sees the bureau's structure, its administrator too.
  const person = ledger.workbook ? structureViewer(viewer)
    : viewer.kind === 'district' && ledger.districtRows ? viewer : ledger.rows ? bureauViewer(viewer) : districtViewer(viewer);
  if (person.kind === 'district' && ledger.districtRoles && !ledger.districtRoles.includes(person.role)) {
    throw new DomainError('FORBIDDEN', `台账 ${ledger.code} 仅限${ledger.districtRoles.join('、')}导出 (only ${ledger.districtRoles.join(', ')} may export it)`);
  }
  if (!EXPORT_FORMATS.includes(spec.format)) {
    throw new DomainError('BAD_USER_INPUT', `format must be one of ${EXPORT_FORMATS.join(', ')}`, { field: 'format' });
  }
  if (ledger.workbook && spec.format !== 'XLSX') {
    throw new DomainError('BAD_USER_INPUT', `${ledger.title}是多个工作表的 Excel 工作簿，请选择 XLSX (ledger ${ledger.code} is a workbook: format XLSX)`, { field: 'format' });
  }
  const resolved: ResolvedExport = { ledger, viewer: person };
  if (spec.year != null) {
    if (!ledger.filters.year) throw new DomainError('BAD_USER_INPUT', `ledger ${ledger.code} has no year filter`, { field: 'year' });
    const latest = todayInChina(now).getUTCFullYear() + 1;
    if (!Number.isInteger(spec.year) || spec.year < FIRST_LEDGER_YEAR || spec.year > latest) {
      throw new DomainError('BAD_USER_INPUT', `year must be a year from ${FIRST_LEDGER_YEAR} to ${latest}, e.g. 2025`, { field: 'year' });
    }
    resolved.year = spec.year;
  }
  if (spec.status != null) {
    const accepted = ledger.filters.status?.values;
    if (!accepted) throw new DomainError('BAD_USER_INPUT', `ledger ${ledger.code} has no status filter`, { field: 'status' });
    if (!Object.hasOwn(accepted, spec.status)) {
      throw new DomainError('BAD_USER_INPUT', `status must be one of ${Object.keys(accepted).join(', ')}`, { field: 'status' });
    }
    resolved.status = spec.status;
  } else if (ledger.filters.status?.default) {
    resolved.status = ledger.filters.status.default;
  }
  if (spec.unitId != null) {
    if (!ledger.filters.unit || person.kind !== 'person') throw new DomainError('BAD_USER_INPUT', `ledger ${ledger.code} has no unit filter`, { field: 'unitId' });
    resolved.unit = await visibleUnit(db, person.scope, spec.unitId);
  }
  if (person.kind === 'person') await ledger.authorize?.(db, person);
  return resolved;
}

const filtersOf = (r: ResolvedExport) => ({
  year: r.year ?? null, unitId: r.unit?.id ?? null, unitName: r.unit?.name ?? null, status: r.status ?? null,
});

/** The bureau's name for a bureau ledger, the district's for a district ledger (the file's scope). */
async function scopeName(db: PrismaClient, r: ResolvedExport): Promise<string> {
  if (r.viewer.kind === 'district') return (await db.district.findUniqueOrThrow({ where: { id: r.viewer.districtId }, select: { name: true } })).name;
  return (await db.tenant.findUniqueOrThrow({ where: { id: r.viewer.tenantId }, select: { name: true } })).name;
}

/** The audit chain of an export: the bureau's, or (tenant null) the district's. */
const auditTenantOf = (r: ResolvedExport) => (r.viewer.kind === 'district' ? null : r.viewer.tenantId);

function describe(r: ResolvedExport, tenantName: string, now: Date) {
  const unitName = r.unit?.name ?? tenantName;
  const period = r.year ? `${r.year}年度` : `截至${formatDate(todayInChina(now))}`;
  return {
    title: `${r.ledger.title}（${unitName}，${period}）`,
    baseName: `${r.ledger.title}_${unitName}_${r.year ?? formatDate(todayInChina(now))}`,
  };
}

export interface ExportLink {
  url: string;
  expiresAt: Date;
  filename: string;
}

/**
 * Checks an export and returns a signed, short-lived download link (relative to the server). The
 * request itself is on record; the download writes its own event with the row count.
 */
export async function requestExport(
  db: PrismaClient, viewer: Viewer, spec: ExportSpec, secret: Uint8Array, now: Date, sessionVersion: number,
): Promise<ExportLink> {
  const resolved = await resolveExport(db, viewer, spec, now);
  const tenant = { name: await scopeName(db, resolved) };
  const link = await signExportLink(secret, {
    userId: resolved.viewer.userId, sessionVersion, ledger: resolved.ledger.code, format: spec.format,
    year: resolved.year, unitId: resolved.unit?.id, status: resolved.status,
  }, now);
  await inTransaction(db, (tx) => recordAudit(tx, viewer, {
    tenantId: auditTenantOf(resolved), action: 'export.request', entityType: 'Export', entityId: link.exportId,
    after: { ledger: resolved.ledger.code, format: spec.format, filters: filtersOf(resolved), expiresAt: link.expiresAt },
  }));
  return {
    url: `/exports/${link.token}`,
    expiresAt: link.expiresAt,
    filename: `${describe(resolved, tenant.name, now).baseName}.${spec.format.toLowerCase()}`,
  };
}

/**
 * Opens an export for streaming. Every check runs before the first byte, so a refused export
 * produces no file. The download is recorded (ledger, filters, row count) before the last chunk is
 * released: a complete file always has its audit event. A download cut short is recorded too.
 */
export async function openExport(
  db: PrismaClient, viewer: Viewer, spec: ExportSpec & { exportId?: string }, now: Date, options: { pageSize?: number } = {},
): Promise<ExportDownload> {
  const resolved = await resolveExport(db, viewer, spec, now);
  const { title, baseName } = describe(resolved, await scopeName(db, resolved), now);
  const pageSize = options.pageSize ?? 1000;
  const counter = { rows: 0 };
  const chunks = resolved.ledger.workbook ? workbookChunks(resolved.ledger, { db, viewer: resolved.viewer as WorkbookQuery['viewer'], now }, counter)
    : spec.format === 'CSV' ? csvChunks(resolved.ledger, pagesOf(db, resolved, now, pageSize), counter)
    : xlsxChunks(resolved.ledger, pagesOf(db, resolved, now, pageSize), counter, title);
  const record = (completed: boolean) => inTransaction(db, (tx) => recordAudit(tx, viewer, {
    tenantId: auditTenantOf(resolved), action: completed ? 'export.download' : 'export.abort', entityType: 'Export',
    entityId: spec.exportId ?? 'direct',
    after: { ledger: resolved.ledger.code, format: spec.format, filters: filtersOf(resolved), rowCount: counter.rows, completed },
  }));
  return {
    filename: `${baseName}.${spec.format.toLowerCase()}`,
    asciiFilename: `${resolved.ledger.code.toLowerCase()}_${resolved.year ?? formatDate(todayInChina(now))}.${spec.format.toLowerCase()}`,
    contentType: CONTENT_TYPES[spec.format],
    body: recordedAtEnd(chunks, record),
    counter,
  };
}

/** A workbook ledger's file, in one chunk (an org chart is a few hundred KB at most). */
async function* workbookChunks(ledger: Ledger<unknown>, query: WorkbookQuery, counter: { rows: number }): AsyncGenerator<Uint8Array> {
  const { bytes, rows } = await ledger.workbook!(query);
  counter.rows = rows;
  yield bytes;
}

/** The pages of a row ledger, for its viewer. */
function pagesOf(db: PrismaClient, resolved: ResolvedExport, now: Date, pageSize: number) {
  return resolved.viewer.kind === 'district'
    ? resolved.ledger.districtRows!({ db, viewer: resolved.viewer, year: resolved.year, status: resolved.status, now, pageSize } satisfies DistrictLedgerQuery)
    : resolved.ledger.rows!({
      db, viewer: resolved.viewer as PersonViewer, scope: (resolved.viewer as PersonViewer).scope, year: resolved.year, unit: resolved.unit, status: resolved.status, now, pageSize,
    } satisfies LedgerQuery);
}

/** Holds back the last chunk until `record(true)` has committed; records `false` if cut short. */
async function* recordedAtEnd(chunks: AsyncGenerator<Uint8Array>, record: (completed: boolean) => Promise<void>): AsyncGenerator<Uint8Array> {
  let held: Uint8Array | undefined;
  let finished = false;
  try {
    for await (const chunk of chunks) {
      if (held) yield held;
      held = chunk;
    }
    await record(true);
    finished = true;
    if (held) yield held;
  } finally {
    if (!finished) await record(false).catch(() => undefined);
  }
}
