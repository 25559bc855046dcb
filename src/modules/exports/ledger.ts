import { CHINA_UTC_OFFSET_MS } from '../../lib/dates.js';
import { personWhere } from '../../authz/visibility.js';
import type { DistrictViewer, PersonViewer, StructureViewer } from '../../authz/guards.js';
import type { UnitScope } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import type { OrgUnit } from '../../generated/prisma/client.js';
import type { DistrictRole } from '../../generated/prisma/enums.js';

/**
 * A ledger (台账) is a declaration: its code, Chinese title, columns, the filters it accepts and a
 * row source. The row source pages through a scope-filtered service query with keyset pagination,
 * so an export holds exactly what the viewer may see, sends a constant number of statements per
 * page, and keeps one page in memory at a time.
 */

/** Every ledger of the contract. A code without a registered ledger answers LEDGER_UNAVAILABLE. */
export const EXPORT_LEDGERS = [
  'ORG_UNITS', 'DUTIES', 'WORK_ITEMS', 'WORK_RECORDS', 'COMPLIANCE', 'RISKS', 'CHANNELS',
  'MISCONDUCT_CASES', 'ASSESSMENTS', 'ACCOUNTABILITY', 'AUDIT', 'DISTRICT_COMPLIANCE', 'ORG_CHART',
] as const;
export type ExportLedgerCode = (typeof EXPORT_LEDGERS)[number];

export const EXPORT_FORMATS = ['CSV', 'XLSX'] as const;
export type ExportFormatCode = (typeof EXPORT_FORMATS)[number];

export type CellValue = string | number | Date | null | undefined;
/**
 * text; date = a calendar date (UTC midnight); datetime = an instant, shown in China time;
 * decimal = an exact two-place decimal (a Prisma Decimal given as its `toFixed(2)` string, e.g.
 * "87.50"): the CSV carries the string as it is, the XLSX a number cell shown with two places.
 * (A numeric string in a `number` column would stay text; give `number` columns numbers.)
 */
export type ColumnType = 'text' | 'date' | 'datetime' | 'number' | 'integer' | 'decimal';

export interface LedgerColumn<Row> {
  /** Chinese header. */
  header: string;
  type: ColumnType;
  /** Width in characters for XLSX (a default by type otherwise). */
  width?: number;
  value(row: Row): CellValue;
}

/** The filters of an export, checked and resolved (the unit is one the viewer may see). */
export interface LedgerQuery {
  db: PrismaClient;
  viewer: PersonViewer;
  scope: UnitScope;
  year?: number;
  unit?: OrgUnit;
  status?: string;
  now: Date;
  pageSize: number;
}

/** The filters of a district ledger's export: the district role asking (its district is the scope). */
export interface DistrictLedgerQuery {
  db: PrismaClient;
  viewer: DistrictViewer;
  year?: number;
  status?: string;
  now: Date;
  pageSize: number;
}

/**
 * The query of a workbook ledger: a viewer who sees a bureau's structure (a person of the bureau,
 * within their structure scope, or the bureau's administrator, the whole bureau).
 */
export interface WorkbookQuery {
  db: PrismaClient;
  viewer: StructureViewer & { structure: UnitScope };
  now: Date;
}

export interface Ledger<Row = unknown> {
  code: ExportLedgerCode;
  /** Chinese title, used in the title row and the file name. */
  title: string;
  columns: readonly LedgerColumn<Row>[];
  /** Header of the column that identifies a row (for comparisons with the API). */
  keyColumn: string;
  /** The filters the ledger accepts; any other filter is refused as BAD_USER_INPUT. */
  filters: {
    year?: boolean;
    unit?: boolean;
    /** Accepted status values with their Chinese names, and the default. */
    status?: { values: Readonly<Record<string, string>>; default?: string };
  };
  /** Extra access rule beyond "a bureau person" (e.g. the audit trail); throws a DomainError. */
  authorize?(db: PrismaClient, viewer: PersonViewer): Promise<void>;
  /** Pages of rows, in a stable order, for a person of a bureau (a bureau ledger). */
  rows?(query: LedgerQuery): AsyncIterable<readonly Row[]>;
  /**
   * Pages of rows for a district role, scoped to the role's district (a district ledger, or a bureau
   * ledger that a district role also reads, as the API lists it to that role).
   */
  districtRows?(query: DistrictLedgerQuery): AsyncIterable<readonly Row[]>;
  /** The district roles that may export it (all, when not given); only with districtRows. */
  districtRoles?: readonly DistrictRole[];
  /**
   * A ledger that is a workbook of its own layout (several sheets, no title row), e.g. the org
   * chart in its import template's format: XLSX only, for viewers who see the bureau's structure.
   * `rows` is the number of data rows written (for the audit record).
   */
  workbook?(query: WorkbookQuery): Promise<{ bytes: Uint8Array; rows: number }>;
}

/** Declares a ledger with its row type checked against its columns. */
export const defineLedger = <Row>(ledger: Ledger<Row>): Ledger<Row> => ledger;

/**
 * Keyset pagination: fetches pages of `take` rows after the last key seen until a short page.
 * Unlike OFFSET, each page costs the same however deep the export is.
 */
export async function* keysetPages<Row, Key>(
  fetchPage: (after: Key | undefined, take: number) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
  pageSize: number,
): AsyncGenerator<Row[]> {
  let after: Key | undefined;
  for (;;) {
    const page = await fetchPage(after, pageSize);
    if (page.length) yield page;
    if (page.length < pageSize) return;
    after = keyOf(page[page.length - 1]!);
  }
}

/**
 * Tree order (issue 13): ledgers list units, and rows per unit, root first and then depth-first by
 * sort order, as the org chart reads, not in id order. OrgUnit."treeKey" (kept by a trigger) is the
 * path of sort-order segments from the root, compared bytewise; the rows of one unit follow in id
 * order. Keyset pagination on (unit tree key, id) keeps every page one statement in SQL's order.
 */
export interface TreeCursor { treeKey: string; id: string }

/** The relation that places a row in the tree: `unit` for most rows, `ownerUnit` for online channels. */
type UnitRelation = 'unit' | 'ownerUnit';

/** ORDER BY the row's unit in tree order, then the row's id. */
export const unitTreeOrder = <R extends UnitRelation = 'unit'>(relation: R = 'unit' as R) =>
  [{ [relation]: { treeKey: 'asc' as const } } as Record<R, { treeKey: 'asc' }>, { id: 'asc' as const }];

/** The rows after a cursor in `unitTreeOrder`. */
export const afterInUnitTree = <R extends UnitRelation = 'unit'>(after: TreeCursor, relation: R = 'unit' as R) => ({
  OR: [
    { [relation]: { treeKey: { gt: after.treeKey } } } as Record<R, { treeKey: { gt: string } }>,
    { [relation]: { treeKey: after.treeKey }, id: { gt: after.id } } as Record<R, { treeKey: string }> & { id: { gt: string } },
  ],
});

/** A calendar year as [1 January, next 1 January) of UTC-midnight dates (DATE columns). */
export function yearDates(year: number): { start: Date; end: Date } {
  return { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
}

/** A calendar year in China (UTC+8) as instants (timestamp columns). */
export function yearInstants(year: number): { start: Date; end: Date } {
  const { start, end } = yearDates(year);
  return { start: new Date(start.getTime() - CHINA_UTC_OFFSET_MS), end: new Date(end.getTime() - CHINA_UTC_OFFSET_MS) };
}

/**
 * The people among `ids` the viewer may see (one statement): a ledger names a person only when the
 * API would (the API's person fields answer null for anyone else).
 */
export async function visiblePeople(db: PrismaClient, viewer: PersonViewer, ids: Iterable<string | null | undefined>): Promise<ReadonlySet<string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
  if (!wanted.length) return new Set();
  const rows = await db.person.findMany({ where: { id: { in: wanted }, ...personWhere(viewer) }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

/** A name if its person is among the visible ones, else null. */
export const nameIf = (visible: ReadonlySet<string>, person: { id: string; name: string } | null | undefined): string | null =>
  person && visible.has(person.id) ? person.name : null;

/** 是 / 否 for a yes-no cell, empty for unknown. */
export const yesNo = (value: boolean | null | undefined): string | null => (value == null ? null : value ? '是' : '否');
