import type { DutyKind, OrgUnitKind, PostRole } from '../../generated/prisma/enums.js';
import { DUTY_KIND_NAMES, ORG_UNIT_KIND_NAMES } from '../exports/labels.js';

/**
 * The org-chart workbook's contract: sheet names and column headers, exactly as bureaus type them
 * (issue 9), and the Chinese values of the enumerated columns. The template, the parser and the
 * validator all read them from here.
 */
export const SHEETS = {
  units: { name: '组织', headers: ['编码', '名称', '类型', '上级编码'] },
  people: { name: '人员', headers: ['编码', '姓名', '职务'] },
  posts: { name: '任职', headers: ['人员编码', '组织编码', '班子职务', '起始日期', '结束日期'] },
  duties: { name: '分工', headers: ['人员编码', '组织编码', '责任类型', '分管范围'] },
  accounts: { name: '账号', headers: ['用户名', '人员编码'] },
} as const;

export type SheetKey = keyof typeof SHEETS;

/** Columns a workbook may leave out (older templates have no 结束日期): read as empty. */
export const OPTIONAL_COLUMNS: ReadonlySet<string> = new Set(['结束日期']);
/** Columns read as dates. */
export const DATE_COLUMNS: ReadonlySet<string> = new Set(['起始日期', '结束日期']);
export const SHEET_KEYS = Object.keys(SHEETS) as SheetKey[];

/** 类型: the unit kinds by their Chinese names, plus the spellings bureaus also use. */
export const UNIT_KIND_BY_NAME: ReadonlyMap<string, OrgUnitKind> = new Map<string, OrgUnitKind>([
  ...Object.entries(ORG_UNIT_KIND_NAMES).map(([kind, name]) => [name, kind as OrgUnitKind] as const),
  ['党总支部', 'GENERAL_BRANCH'],
]);

export const POST_ROLE_NAMES: Record<PostRole, string> = {
  SECRETARY: '书记',
  DEPUTY_SECRETARY: '副书记',
  COMMITTEE_MEMBER: '委员',
  MEMBER: '成员',
};
export const POST_ROLE_BY_NAME: ReadonlyMap<string, PostRole> = new Map(
  Object.entries(POST_ROLE_NAMES).map(([role, name]) => [name, role as PostRole] as const),
);

export const DUTY_KIND_BY_NAME: ReadonlyMap<string, DutyKind> = new Map(
  Object.entries(DUTY_KIND_NAMES).map(([kind, name]) => [name, kind as DutyKind] as const),
);

/** 分管范围 separators: 、 , and the full-width ，; also ; and whitespace between codes. */
export const SCOPE_SEPARATORS = /[、,，;；\s]+/;

/**
 * A unit or person the database holds without a code is written in an exported org chart as `#`
 * and its id; the import reads such a code as "this row is that unit (person)" and stores no code.
 */
export const ID_CODE_PREFIX = '#';
export const idCodeOf = (row: { id: string; code: string | null }) => row.code ?? `${ID_CODE_PREFIX}${row.id}`;
/** The id a `#id` code names, or undefined for a bureau's own code. */
export const idOfIdCode = (code: string) => (code.startsWith(ID_CODE_PREFIX) ? code.slice(ID_CODE_PREFIX.length) : undefined);

/** One problem of a workbook, located as Excel shows it (the header is row 1). */
export interface OrgChartProblem {
  sheet: string | null;
  row: number | null;
  column: string | null;
  code: string;
  message: string;
  /** Warnings (hidden rows skipped, dates adjusted) do not stop an import; errors do. */
  severity?: 'warning';
}
