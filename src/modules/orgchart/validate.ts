import { randomUUID } from 'node:crypto';
import type { DutyKind, OrgUnitKind, PostRole } from '../../generated/prisma/enums.js';
import { ERROR_CODES, type ErrorCode } from '../../errors.js';
import { formatDate } from '../../lib/dates.js';
import { isWellFormedUsername } from '../accounts/service.js';
import { isTeamRole, scopeUnitInsideSubtree, teamViolations, type TeamPost } from '../duties/rules.js';
import { ORG_UNIT_KIND_NAMES } from '../exports/labels.js';
import { unitKindFitsUnder } from '../org/rules.js';
import { planHistory, type HistoryDuty, type HistoryPlan, type HistoryPost, type PostLine } from './history.js';
import type { ParsedWorkbook, SheetRow } from './parse.js';
import {
  DUTY_KIND_BY_NAME, idOfIdCode, POST_ROLE_BY_NAME, POST_ROLE_NAMES, SCOPE_SEPARATORS, SHEETS, UNIT_KIND_BY_NAME, type OrgChartProblem,
} from './sheets.js';

/**
 * Checks a parsed workbook against the bureau as it is now and works out the difference to apply.
 * Pure: the database state comes in as a snapshot, the plan goes out as rows to create, change and
 * end. Every problem is reported (not just the first), located by sheet, Excel row and column.
 * The rules of the responsibility system are those of duties/rules.ts and org/rules.ts — the same
 * functions the single mutations use.
 *
 * Matching (so that importing the same workbook twice changes nothing):
 * - units by 编码; the 局党委 row is the bureau's root and must carry the bureau's own code; a unit
 *   of the bureau without a code is adopted by the row with its name under the same parent;
 * - people by 编码; a person without a code is adopted by the row with the same name when exactly
 *   one such person exists;
 * - posts by (person, unit): same role → kept, other role → ended and a new one started;
 * - duties by (person, unit): same kind and scope → kept, otherwise ended and started anew;
 * - accounts by 用户名: new usernames are created; existing ones must already be that person's.
 * Rows missing from the workbook: posts and duties in the workbook's units are ended (history is
 * kept); units are never archived by an import — they are reported in `unitsNotInWorkbook`;
 * accounts are left alone.
 */

export interface SnapshotUnit {
  id: string;
  code: string | null;
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
  ancestorIds: string[];
  depth: number;
  archived: boolean;
}
export interface SnapshotPerson { id: string; code: string | null; name: string; jobTitle: string | null }
export interface SnapshotPost { id: string; unitId: string; personId: string; role: PostRole; startDate: Date }
export interface SnapshotDuty { id: string; unitId: string; personId: string; postId: string; kind: DutyKind; startDate: Date; scopeUnitIds: string[] }
export interface SnapshotAccount { username: string; tenantId: string | null; personId: string | null }

/** The bureau as the database holds it now (active posts and duties only). */
export interface Snapshot {
  tenantId: string;
  tenantCode: string;
  units: SnapshotUnit[];
  people: SnapshotPerson[];
  posts: SnapshotPost[];
  duties: SnapshotDuty[];
  /** The bureau's accounts, and any account whose username the workbook names. */
  accounts: SnapshotAccount[];
  /** Ended posts and duties that could meet the workbook's dates (history.ts). */
  history: { posts: HistoryPost[]; duties: HistoryDuty[] };
}

export interface UnitRow { id: string; code: string; name: string; kind: OrgUnitKind; parentId: string | null; ancestorIds: string[]; depth: number; sortOrder: number }
export interface PersonRow { id: string; code: string | null; name: string; jobTitle: string | null }
export interface AccountRow { username: string; personId: string; displayName: string }

export interface ImportCounts { units: number; people: number; posts: number; duties: number; accounts: number }

export interface ImportPlan {
  units: { create: UnitRow[]; update: UnitRow[] };
  people: { create: PersonRow[]; update: PersonRow[] };
  posts: HistoryPlan['posts'];
  duties: HistoryPlan['duties'];
  accounts: { create: AccountRow[] };
  unitsNotInWorkbook: { code: string | null; name: string }[];
  /** Rows created or changed per kind (ended posts and duties count as changed). */
  counts: ImportCounts;
}

const UNIT_CODE = /^[^\s,、，;；]{1,64}$/;

const MESSAGES: Record<string, string> = {
  REQUIRED: '必填 (required)',
  TOO_LONG: '内容过长 (too long)',
  BAD_CODE: '编码不能含空格、逗号或顿号，最长64个字符 (a code has no spaces, commas or 、; at most 64 characters)',
  BAD_VALUE: '取值不在允许范围内 (not one of the allowed values)',
  BAD_USERNAME: '用户名须为2–64个字母、数字或 . _ - @ (a username is 2–64 letters, digits or . _ - @)',
  DUPLICATE_CODE: '编码重复 (duplicate code)',
  DUPLICATE_NAME: '同一上级下组织名称重复 (two units with this name under the same parent)',
  NAME_TAKEN: '名称已被本局另一组织使用 (another unit of the bureau has this name under this parent)',
  CODE_CHANGED: '编码已更改 (the unit\'s code changed)',
  DUPLICATE_POST: '同一人员在同一组织重复任职 (the same person and unit appear twice)',
  DUPLICATE_ACCOUNT: '该人员已有另一个账号 (the person has another account)',
  UNKNOWN_PARENT: '上级编码不在“组织”表中 (the parent code is not on the 组织 sheet)',
  UNKNOWN_UNIT: '组织编码不在“组织”表中 (the unit code is not on the 组织 sheet)',
  UNKNOWN_PERSON: '人员编码不在“人员”表中 (the person code is not on the 人员 sheet)',
  CYCLE: '上级关系形成循环 (the parent codes form a cycle)',
  ROOT_CODE_MISMATCH: '局党委的编码必须是本局编码 (the 局党委 row carries the bureau\'s own code)',
  ROOT_HAS_PARENT: '局党委是根组织，不填上级编码 (the 局党委 is the root: leave 上级编码 empty)',
  MISSING_ROOT: '缺少类型为“局党委”的组织行 (no row of kind 局党委)',
  UNIT_KIND_CHANGED: '已有组织的类型不能通过导入修改 (an existing unit\'s kind cannot be changed by an import)',
  UNIT_ARCHIVED: '该编码的组织已撤销 (the unit with this code is archived)',
  DUTY_WITHOUT_POST: '该人员在此组织没有任职，请先在“任职”表中填写 (no post of this person in this unit on the 任职 sheet)',
  DATE_IN_FUTURE: '日期不能晚于今天 (the date is in the future)',
  END_BEFORE_START: '结束日期早于起始日期，请核对 (the end date is before the start date)',
  START_DATE_ADJUSTED: '起始日期已调整 (the start date was moved so that history does not overlap)',
  ACCOUNT_TAKEN: '用户名已被使用 (the username is taken)',
  ACCOUNT_OF_OTHER_PERSON: '该用户名属于其他人员 (the username belongs to another person)',
  UNKNOWN_ID_CODE: '以“#”开头的编码是导出时为尚无编码的记录生成的，本局没有这样的记录；请改为本局自己的编码 (a # code names an exported record without a code; none matches: use the bureau\'s own code)',
};

/** The responsibility system's rules, said as what to change in the workbook (not as rule numbers). */
const TEAM_MESSAGES: Record<string, string> = {
  FIRST_RESPONSIBLE_REQUIRED: '该班子没有书记：请在“任职”表为该组织填写一名“书记”（书记即第一责任人） (the team has no secretary)',
  FIRST_RESPONSIBLE_NOT_SECRETARY: '第一责任人只能是书记：请把责任类型改为“直接责任人”或“一岗双责”，或把此人的班子职务改为“书记” (only the secretary is first responsible)',
  DIRECT_RESPONSIBLE_TAKEN: '该组织已有一名直接责任人：每个班子只填一名 (the unit already has a direct responsible person)',
  DIRECT_RESPONSIBLE_IS_SECRETARY: '书记已是第一责任人，不能兼任直接责任人：请另选一名副书记或委员 (the secretary cannot also be direct responsible)',
  DIRECT_RESPONSIBLE_REQUIRED: '局党委、党委须有一名直接责任人：请在“分工”表为该组织的一名副书记或委员填写“直接责任人” (a committee needs a direct responsible person)',
  DUTY_HOLDER_NOT_TEAM_MEMBER: '只有书记、副书记、委员承担责任：请把此人的班子职务改为副书记或委员，或删除这条分工 (only team members hold duties)',
  MEMBER_WITHOUT_DUTY: '副书记、委员每人须有一条分工：请在“分工”表为此人填写“直接责任人”或“一岗双责” (every deputy and committee member needs a duty)',
  DUAL_DUTY_EMPTY_SCOPE: '“一岗双责”须填写分管范围：填所分管组织的编码，用顿号“、”分隔 (a dual duty needs the codes it covers)',
  SCOPE_OUTSIDE_SUBTREE: '分管范围只能是本组织及其下级组织：请删去不属于本组织的编码 (the scope lies outside the unit)',
  DUPLICATE_DUTY: '同一人在同一组织只能填一条分工：请合并为一行 (one duty per person and unit)',
  NOT_COMMITTEE_UNIT: '该组织不设领导班子：书记、副书记、委员只能在局党委、党委、党总支、党支部任职，请改为“成员”或换组织 (the unit has no leadership team)',
  UNIT_KIND_NOT_ALLOWED: '该类型的组织不能隶属于此上级，请改类型或上级编码 (this kind of unit cannot hang under that parent)',
  POST_ALREADY_HELD: '此人在该组织已有任职 (the person already holds a post here)',
  HISTORY_OVERLAP: '与已有任职或分工记录的日期重叠，请改为不重叠的日期 (the dates overlap recorded history)',
};

const messageOf = (code: string) => MESSAGES[code] ?? TEAM_MESSAGES[code] ?? ERROR_CODES[code as ErrorCode] ?? code;

/**
 * Excel turns a code typed as 001 into the number 1 unless the cell is text. A code of digits only
 * is therefore matched by its value (001, 01 and 1 are one code), and written as the spelling the
 * bureau already has in the database, else the longest spelling in the workbook (the one that kept
 * its zeros). Unit codes and person codes are separate. Rewrites the workbook's code cells in place.
 */
export function undoNumericCoercion(workbook: ParsedWorkbook, snapshot: Pick<Snapshot, 'units' | 'people'>) {
  const digits = /^\d+$/;
  const value = (code: string) => code.replace(/^0+(?=\d)/, '');
  const spelling = (database: (string | null)[], defined: string[]) => {
    const best = new Map<string, string>();
    for (const c of defined) if (digits.test(c) && c.length > (best.get(value(c))?.length ?? 0)) best.set(value(c), c);
    for (const c of database) if (c && digits.test(c)) best.set(value(c), c);
    return (code: string) => (digits.test(code) ? best.get(value(code)) ?? code : code);
  };
  const unit = spelling(snapshot.units.map((u) => u.code), workbook.units.map((r) => r.text['编码'] ?? ''));
  const person = spelling(snapshot.people.map((p) => p.code), workbook.people.map((r) => r.text['编码'] ?? ''));
  const rewrite = (rows: SheetRow[], column: string, spell: (code: string) => string) => {
    for (const r of rows) if (r.text[column]) r.text[column] = spell(r.text[column]!);
  };
  rewrite(workbook.units, '编码', unit);
  rewrite(workbook.units, '上级编码', unit);
  rewrite(workbook.posts, '组织编码', unit);
  rewrite(workbook.duties, '组织编码', unit);
  for (const r of workbook.duties) {
    const scope = r.text['分管范围'];
    if (scope && /\d/.test(scope)) r.text['分管范围'] = scope.split(SCOPE_SEPARATORS).filter(Boolean).map(unit).join('、');
  }
  rewrite(workbook.people, '编码', person);
  for (const rows of [workbook.posts, workbook.duties, workbook.accounts]) rewrite(rows, '人员编码', person);
}

export function planImport(workbook: ParsedWorkbook, snapshot: Snapshot, today: Date, unreadable: ReadonlySet<string> = new Set()): { problems: OrgChartProblem[]; warnings: OrgChartProblem[]; plan: ImportPlan } {
  undoNumericCoercion(workbook, snapshot);
  const problems: OrgChartProblem[] = [];
  const warnings: OrgChartProblem[] = [];
  const warn = (row: SheetRow, sheet: string, column: string, code: string, detail: string) =>
    warnings.push({ sheet, row: row.row, column, code, message: `${messageOf(code)}：${detail}` });
  const report = (row: SheetRow | null, sheet: string, column: string | null, code: string, detail?: string) =>
    (row && column && row.flawed.has(column)) || problems.push({ sheet, row: row?.row ?? null, column, code, message: detail ? `${messageOf(code)}：${detail}` : messageOf(code) });

  // ---------------------------------------------------------------------------------------------
  // 组织: the tree
  const U = SHEETS.units;
  // A row whose code is valid takes part in the checks even when other cells are wrong, so that one
  // mistake is reported once and not again by every row that refers to it.
  interface WUnit { row: SheetRow; code: string; name: string; kind: OrgUnitKind | null; parentCode: string; ok: boolean }
  const units = new Map<string, WUnit>();
  for (const row of workbook.units) {
    const [codeH, nameH, kindH, parentH] = U.headers;
    const code = row.text[codeH]!, name = row.text[nameH]!, kindText = row.text[kindH]!, parentCode = row.text[parentH]!;
    let ok = true;
    if (!code) { report(row, U.name, codeH, 'REQUIRED'); continue; } else if (!UNIT_CODE.test(code)) { report(row, U.name, codeH, 'BAD_CODE', code); continue; }
    if (!name) { report(row, U.name, nameH, 'REQUIRED'); ok = false; } else if (name.length > 100) { report(row, U.name, nameH, 'TOO_LONG'); ok = false; }
    const kind = UNIT_KIND_BY_NAME.get(kindText) ?? null;
    if (!kindText) { report(row, U.name, kindH, 'REQUIRED'); ok = false; } else if (!kind) { report(row, U.name, kindH, 'BAD_VALUE', `“${kindText}”，可填：${[...UNIT_KIND_BY_NAME.keys()].join('、')}`); ok = false; }
    if (units.has(code)) { report(row, U.name, codeH, 'DUPLICATE_CODE', code); continue; }
    units.set(code, { row, code, name, kind, parentCode, ok });
  }
  const roots = [...units.values()].filter((u) => u.kind === 'BUREAU_COMMITTEE');
  const root = roots[0];
  if (!root && !unreadable.has(U.name)) problems.push({ sheet: U.name, row: 1, column: U.headers[2], code: 'MISSING_ROOT', message: messageOf('MISSING_ROOT') });
  for (const extra of roots.slice(1)) report(extra.row, U.name, U.headers[2], 'UNIT_KIND_NOT_ALLOWED', '一个局只有一个局党委');
  if (root && root.code !== snapshot.tenantCode) report(root.row, U.name, U.headers[0], 'ROOT_CODE_MISMATCH', `本局编码为 ${snapshot.tenantCode}`);
  if (root && root.parentCode) report(root.row, U.name, U.headers[3], 'ROOT_HAS_PARENT');
  for (const u of units.values()) {
    if (u === root || roots.includes(u)) continue;
    if (!u.parentCode) { report(u.row, U.name, U.headers[3], 'REQUIRED'); continue; }
    const parent = units.get(u.parentCode);
    if (!parent) { report(u.row, U.name, U.headers[3], 'UNKNOWN_PARENT', u.parentCode); continue; }
    if (u.kind && parent.kind && !unitKindFitsUnder(parent.kind, u.kind)) {
      report(u.row, U.name, U.headers[2], 'UNIT_KIND_NOT_ALLOWED', `${ORG_UNIT_KIND_NAMES[u.kind]}不能隶属于${ORG_UNIT_KIND_NAMES[parent.kind]}`);
    }
  }
  // Cycles: walk each unit's parents; a walk that comes back to a unit it passed is a cycle.
  const reachesRoot = new Map<string, boolean>();
  for (const start of units.values()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let at: WUnit | undefined = start;
    let verdict = false;
    while (at) {
      const known = reachesRoot.get(at.code);
      if (known !== undefined) { verdict = known; break; }
      if (at === root) { verdict = true; break; }
      if (onPath.has(at.code)) {
        const cycle = path.slice(path.indexOf(at.code));
        for (const code of cycle) report(units.get(code)!.row, U.name, U.headers[3], 'CYCLE', cycle.join(' → '));
        for (const code of cycle) reachesRoot.set(code, false);
        break;
      }
      path.push(at.code);
      onPath.add(at.code);
      at = at.parentCode ? units.get(at.parentCode) : undefined;
    }
    for (const code of path) if (!reachesRoot.has(code)) reachesRoot.set(code, verdict);
  }
  // Sibling names.
  const siblingNames = new Map<string, SheetRow>();
  for (const u of units.values()) {
    const key = `${u.parentCode}\u0000${u.name}`;
    if (siblingNames.has(key)) report(u.row, U.name, U.headers[1], 'DUPLICATE_NAME', u.name);
    else siblingNames.set(key, u.row);
  }

  // Match units to the database, top down, and lay out the final tree.
  const dbByCode = new Map(snapshot.units.filter((u) => u.code).map((u) => [u.code!, u]));
  const dbById = new Map(snapshot.units.map((u) => [u.id, u]));
  const dbRoot = snapshot.units.find((u) => u.parentId === null);
  const idOfCode = new Map<string, string>();
  const finalUnits = new Map<string, UnitRow>(); // by id
  const unitsCreate: UnitRow[] = [];
  const adopted = new Set<string>();
  const childrenOf = new Map<string, WUnit[]>();
  for (const u of units.values()) {
    if (u.parentCode && u !== root) childrenOf.set(u.parentCode, [...(childrenOf.get(u.parentCode) ?? []), u]);
  }
  const rowOfUnit = new Map<string, SheetRow>();
  const codedByPlace = new Map<string, SnapshotUnit>();
  for (const u of snapshot.units) if (u.code && !u.archived && u.parentId) codedByPlace.set(`${u.parentId}\u0000${u.name}`, u);
  const codeless = new Map<string, SnapshotUnit>();
  for (const u of snapshot.units) if (!u.code && !u.archived && u.parentId) codeless.set(`${u.parentId}\u0000${u.name}`, u);
  if (root && dbRoot) {
    const place = (w: WUnit, parent: UnitRow | null, sortOrder: number) => {
      // `#id` (an exported unit that has no code) names the row by its id; no code is stored for it.
      const idCode = idOfIdCode(w.code);
      let existing = w === root ? dbRoot : idCode !== undefined ? dbById.get(idCode) : dbByCode.get(w.code);
      if (idCode !== undefined && w !== root && (!existing || existing.code)) { report(w.row, U.name, U.headers[0], 'UNKNOWN_ID_CODE', w.code); return; }
      if (!existing && parent) {
        const candidate = codeless.get(`${parent.id}\u0000${w.name}`);
        if (candidate && !adopted.has(candidate.id)) existing = candidate;
      }
      if (existing && existing.code && existing.code !== w.code && w !== root) existing = undefined;
      if (!existing && parent) {
        // A unit whose code changed (JG-01 → JG01) keeps its name and parent, and its old code is
        // gone from the workbook: it is the same unit, recoded.
        const recoded = codedByPlace.get(`${parent.id}\u0000${w.name}`);
        if (recoded && !units.has(recoded.code!) && !adopted.has(recoded.id) && !recoded.archived) {
          existing = recoded;
          warn(w.row, U.name, U.headers[0], 'CODE_CHANGED', `原编码 ${recoded.code}，改为 ${w.code}`);
        }
      }
      if (existing?.archived) { report(w.row, U.name, U.headers[0], 'UNIT_ARCHIVED', w.code); return; }
      if (existing && w.kind && existing.kind !== w.kind) report(w.row, U.name, U.headers[2], 'UNIT_KIND_CHANGED', `现为${ORG_UNIT_KIND_NAMES[existing.kind]}`);
      if (existing) adopted.add(existing.id);
      const id = existing?.id ?? randomUUID();
      const row: UnitRow = {
        id, code: idCode !== undefined ? '' : w.code, name: w.name, kind: w.kind ?? existing?.kind ?? 'DIRECT_UNIT', parentId: parent?.id ?? null,
        ancestorIds: [...(parent?.ancestorIds ?? []), id], depth: parent ? parent.depth + 1 : 0, sortOrder,
      };
      idOfCode.set(w.code, id);
      rowOfUnit.set(id, w.row);
      finalUnits.set(id, row);
      if (!existing) unitsCreate.push(row);
      (childrenOf.get(w.code) ?? []).forEach((child, i) => place(child, row, i));
    };
    place(root, null, 0);
  }
  // Units of the bureau the workbook does not name keep their parent; their ancestry follows moves.
  const unitsNotInWorkbook: { code: string | null; name: string }[] = [];
  const settle = (u: SnapshotUnit): UnitRow | undefined => {
    const known = finalUnits.get(u.id);
    if (known) return known;
    const parent = u.parentId ? dbById.get(u.parentId) : undefined;
    const parentRow = parent ? settle(parent) : undefined;
    const row: UnitRow = {
      id: u.id, code: u.code ?? '', name: u.name, kind: u.kind, parentId: u.parentId,
      ancestorIds: parentRow ? [...parentRow.ancestorIds, u.id] : u.ancestorIds, depth: parentRow ? parentRow.depth + 1 : u.depth, sortOrder: 0,
    };
    finalUnits.set(u.id, row);
    return row;
  };
  const unitsUpdate: UnitRow[] = [];
  let unitsChanged = 0;
  for (const u of snapshot.units) {
    const inWorkbook = adopted.has(u.id);
    const row = settle(u)!;
    if (!inWorkbook && !u.archived) unitsNotInWorkbook.push({ code: u.code, name: u.name });
    const moved = row.parentId !== u.parentId;
    const renamed = inWorkbook && row.name !== u.name;
    const recoded = inWorkbook && row.code !== (u.code ?? '');
    const reparented = row.ancestorIds.join() !== u.ancestorIds.join();
    if (moved || renamed || recoded || reparented) unitsUpdate.push({ ...row, code: row.code || (u.code ?? '') });
    // Counted like people: a unit adopted by name that takes its code from the workbook is a change.
    if (moved || renamed || recoded) unitsChanged++;
  }
  // Names under one parent, in the tree as it will be (the database's OrgUnit_sibling_name_rule):
  // a new, renamed or moved unit of the workbook must not take the name of a unit it does not name.
  const archivedIds = new Set(snapshot.units.filter((u) => u.archived).map((u) => u.id));
  const byPlace = new Map<string, UnitRow[]>();
  for (const u of finalUnits.values()) {
    if (archivedIds.has(u.id) || !u.parentId) continue;
    const k = `${u.parentId}\u0000${u.name}`;
    byPlace.set(k, [...(byPlace.get(k) ?? []), u]);
  }
  for (const clash of byPlace.values()) {
    if (clash.length < 2) continue;
    for (const u of clash) {
      const row = rowOfUnit.get(u.id);
      const other = clash.find((x) => x !== u && !rowOfUnit.has(x.id));
      if (row && other) report(row, U.name, U.headers[1], 'NAME_TAKEN', `同一上级下已有组织“${other.name}”（编码 ${other.code || '无'}），请改名称；如是同一组织，请填写其原编码`);
    }
  }
  const insideSubtree = (committeeId: string) => (unitId: string) => {
    const u = finalUnits.get(unitId);
    return !!u && scopeUnitInsideSubtree(committeeId, u.ancestorIds);
  };

  // ---------------------------------------------------------------------------------------------
  // 人员
  const P = SHEETS.people;
  interface WPerson { row: SheetRow; code: string; name: string; jobTitle: string | null; id: string }
  const people = new Map<string, WPerson>();
  const dbPeopleByCode = new Map(snapshot.people.filter((p) => p.code).map((p) => [p.code!, p]));
  const codelessByName = new Map<string, SnapshotPerson[]>();
  for (const p of snapshot.people) if (!p.code) codelessByName.set(p.name, [...(codelessByName.get(p.name) ?? []), p]);
  const peopleCreate: PersonRow[] = [];
  const peopleUpdate: PersonRow[] = [];
  const adoptedPeople = new Set<string>();
  for (const row of workbook.people) {
    const [codeH, nameH, titleH] = P.headers;
    const code = row.text[codeH]!, name = row.text[nameH]!, jobTitle = row.text[titleH] || null;
    if (!code) { report(row, P.name, codeH, 'REQUIRED'); continue; } else if (!UNIT_CODE.test(code)) { report(row, P.name, codeH, 'BAD_CODE', code); continue; }
    if (!name) report(row, P.name, nameH, 'REQUIRED');
    else if (name.length > 50) report(row, P.name, nameH, 'TOO_LONG');
    if (jobTitle && jobTitle.length > 100) report(row, P.name, titleH, 'TOO_LONG');
    if (people.has(code)) { report(row, P.name, codeH, 'DUPLICATE_CODE', code); continue; }
    const idCode = idOfIdCode(code);
    let existing = idCode !== undefined ? snapshot.people.find((p) => p.id === idCode && !p.code) : dbPeopleByCode.get(code);
    if (idCode !== undefined && !existing) { report(row, P.name, codeH, 'UNKNOWN_ID_CODE', code); continue; }
    if (!existing) {
      const namesakes = (codelessByName.get(name) ?? []).filter((p) => !adoptedPeople.has(p.id));
      if (namesakes.length === 1 && (codelessByName.get(name) ?? []).length === 1) existing = namesakes[0];
    }
    const person: PersonRow = { id: existing?.id ?? randomUUID(), code: idCode !== undefined ? null : code, name, jobTitle };
    if (existing) {
      adoptedPeople.add(existing.id);
      if (existing.name !== name || existing.jobTitle !== jobTitle || existing.code !== person.code) peopleUpdate.push(person);
    } else {
      peopleCreate.push(person);
    }
    people.set(code, { row, code, name, jobTitle, id: person.id });
  }

  // ---------------------------------------------------------------------------------------------
  // 任职 and 分工: the teams
  // A unit named where its code belongs: say which code to write.
  const codeOfName = new Map<string, string>();
  for (const u of units.values()) codeOfName.set(u.name, codeOfName.has(u.name) ? '' : u.code);
  const unknownUnitDetail = (code: string) => {
    const byName = codeOfName.get(code);
    return byName ? `“${code}”是组织名称，请填写其编码 ${byName}` : byName === '' ? `“${code}”是组织名称（有重名），请填写编码` : code;
  };
  const T = SHEETS.posts;
  interface WPost { row: SheetRow; personId: string; unitId: string; role: PostRole; startDate: Date }
  const posts = new Map<string, WPost>(); // by `${unitId}|${personId}`
  const refPerson = (row: SheetRow, sheet: string, column: string): WPerson | undefined => {
    const code = row.text[column]!;
    if (!code) { report(row, sheet, column, 'REQUIRED'); return undefined; }
    const p = people.get(code);
    if (!p && !unreadable.has(P.name)) report(row, sheet, column, 'UNKNOWN_PERSON', code);
    return p;
  };
  const refUnit = (row: SheetRow, sheet: string, column: string): string | undefined => {
    const code = row.text[column]!;
    if (!code) { report(row, sheet, column, 'REQUIRED'); return undefined; }
    const id = idOfCode.get(code);
    if (!id && !units.has(code) && !unreadable.has(U.name)) report(row, sheet, column, 'UNKNOWN_UNIT', unknownUnitDetail(code));
    return id;
  };
  const lines: PostLine[] = [];
  // Rows that failed: the team checks stay quiet about what they would have supplied.
  const unitsWithFailedRows = new Set<string>();
  const failedKeys = new Set<string>();
  for (const row of workbook.posts) {
    const [personH, unitH, roleH, dateH, endH] = T.headers;
    const person = refPerson(row, T.name, personH);
    const unitId = refUnit(row, T.name, unitH);
    const roleText = row.text[roleH]!;
    const role = POST_ROLE_BY_NAME.get(roleText);
    if (!roleText) report(row, T.name, roleH, 'REQUIRED');
    else if (!role) report(row, T.name, roleH, 'BAD_VALUE', `“${roleText}”，可填：${Object.values(POST_ROLE_NAMES).join('、')}`);
    const start = row.dates[dateH] ?? null;
    const end = row.dates[endH] ?? null;
    let datesOk = true;
    if (start && start > today) { report(row, T.name, dateH, 'DATE_IN_FUTURE', formatDate(start)); datesOk = false; }
    if (end && end > today) { report(row, T.name, endH, 'DATE_IN_FUTURE', formatDate(end)); datesOk = false; }
    if (start && end && end < start) { report(row, T.name, endH, 'END_BEFORE_START', `起始日期 ${formatDate(start)}`); datesOk = false; }
    if (!person || !unitId || !role || !datesOk) {
      if (unitId) unitsWithFailedRows.add(unitId);
      if (unitId && person) failedKeys.add(`${unitId}|${person.id}`);
      continue;
    }
    const line: PostLine = { row, personId: person.id, unitId, role, start, end };
    lines.push(line);
    if (end) continue; // a post that has ended is history, not part of today's team
    const key = `${unitId}|${person.id}`;
    if (posts.has(key)) { report(row, T.name, personH, 'DUPLICATE_POST', `${person.code} @ ${row.text[unitH]}`); lines.pop(); continue; }
    posts.set(key, { row, personId: person.id, unitId, role, startDate: start ?? today });
  }

  const D = SHEETS.duties;
  interface WDuty { row: SheetRow; kind: DutyKind; scopeUnitIds: string[] }
  const duties = new Map<string, WDuty>();
  for (const row of workbook.duties) {
    const [personH, unitH, kindH, scopeH] = D.headers;
    const person = refPerson(row, D.name, personH);
    const unitId = refUnit(row, D.name, unitH);
    const kindText = row.text[kindH]!;
    const kind = DUTY_KIND_BY_NAME.get(kindText);
    if (!kindText) report(row, D.name, kindH, 'REQUIRED');
    else if (!kind) report(row, D.name, kindH, 'BAD_VALUE', `“${kindText}”，可填：${[...DUTY_KIND_BY_NAME.keys()].join('、')}`);
    const scopeCodes = row.text[scopeH]!.split(SCOPE_SEPARATORS).filter(Boolean);
    const scopeUnitIds: string[] = [];
    let scopeOk = true;
    for (const code of new Set(scopeCodes)) {
      const id = idOfCode.get(code);
      if (id) scopeUnitIds.push(id);
      else { scopeOk = false; if (!units.has(code) && !unreadable.has(U.name)) report(row, D.name, scopeH, 'UNKNOWN_UNIT', unknownUnitDetail(code)); }
    }
    if (!person || !unitId || !kind || !scopeOk) {
      if (unitId) unitsWithFailedRows.add(unitId);
      if (unitId && person) failedKeys.add(`${unitId}|${person.id}`);
      continue;
    }
    const key = `${unitId}|${person.id}`;
    if (duties.has(key)) { report(row, D.name, personH, 'DUPLICATE_DUTY'); continue; }
    if (!posts.has(key)) {
      if (!failedKeys.has(key) && !unreadable.has(T.name)) report(row, D.name, personH, 'DUTY_WITHOUT_POST');
      continue;
    }
    // A first or direct responsible person answers for the whole unit: the scope is the unit itself.
    duties.set(key, { row, kind, scopeUnitIds: kind === 'DUAL_DUTY' ? scopeUnitIds : scopeUnitIds.length ? scopeUnitIds : [unitId] });
  }

  // The rules of the responsibility system, per team, with the secretary's first responsibility
  // implied when the 分工 sheet leaves it out.
  interface Member { post: WPost; duty: WDuty | null }
  const teams = new Map<string, Member[]>();
  for (const [key, post] of posts) teams.set(post.unitId, [...(teams.get(post.unitId) ?? []), { post, duty: duties.get(key) ?? null }]);
  const effectiveDuty = (m: Member) =>
    m.duty ? { kind: m.duty.kind, scopeUnitIds: m.duty.scopeUnitIds }
      : m.post.role === 'SECRETARY' ? { kind: 'FIRST_RESPONSIBLE' as const, scopeUnitIds: [m.post.unitId] } : null;
  const unitsWithBadKind = new Set([...units.values()].filter((u) => !u.kind).map((u) => idOfCode.get(u.code)));
  for (const [unitId, members] of teams) {
    const unit = finalUnits.get(unitId);
    if (!unit || unitsWithBadKind.has(unitId) || unreadable.has(D.name)) continue;
    const team: TeamPost<Member>[] = members.map((m) => ({ key: m, role: m.post.role, duty: effectiveDuty(m) }));
    for (const v of teamViolations(unit, team, insideSubtree(unitId))) {
      // Follow-on errors: a member whose own duty row failed, a team missing what a failed row gave.
      if (v.key ? failedKeys.has(`${unitId}|${v.key.post.personId}`) : unitsWithFailedRows.has(unitId)) continue;
      const m = v.key ?? members.find((x) => isTeamRole(x.post.role)) ?? members[0]!;
      const where = `${unit.code} ${unit.name}`;
      if (v.key && m.duty && v.code !== 'MEMBER_WITHOUT_DUTY' && v.code !== 'NOT_COMMITTEE_UNIT') {
        const aboutScope = v.code === 'SCOPE_OUTSIDE_SUBTREE' || v.code === 'DUAL_DUTY_EMPTY_SCOPE';
        report(m.duty.row, D.name, aboutScope ? D.headers[3] : D.headers[2], v.code, where);
      } else {
        report(m.post.row, T.name, T.headers[2], v.code, where);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 账号
  const A = SHEETS.accounts;
  const accountsByUsername = new Map(snapshot.accounts.map((a) => [a.username, a]));
  const accountOfPerson = new Map(snapshot.accounts.filter((a) => a.tenantId === snapshot.tenantId && a.personId).map((a) => [a.personId!, a]));
  const accountsCreate: AccountRow[] = [];
  const seenUsernames = new Set<string>();
  const seenPeople = new Set<string>();
  for (const row of workbook.accounts) {
    const [userH, personH] = A.headers;
    const username = row.text[userH]!;
    const person = refPerson(row, A.name, personH);
    if (!username) { report(row, A.name, userH, 'REQUIRED'); continue; }
    if (!isWellFormedUsername(username)) { report(row, A.name, userH, 'BAD_USERNAME', username); continue; }
    if (seenUsernames.has(username)) { report(row, A.name, userH, 'DUPLICATE_CODE', username); continue; }
    seenUsernames.add(username);
    if (!person) continue;
    if (seenPeople.has(person.id)) { report(row, A.name, personH, 'DUPLICATE_ACCOUNT', person.code); continue; }
    seenPeople.add(person.id);
    const existing = accountsByUsername.get(username);
    if (existing) {
      if (existing.tenantId !== snapshot.tenantId || existing.personId !== person.id) {
        report(row, A.name, userH, existing.tenantId === snapshot.tenantId && existing.personId ? 'ACCOUNT_OF_OTHER_PERSON' : 'ACCOUNT_TAKEN', username);
      }
      continue;
    }
    const other = accountOfPerson.get(person.id);
    if (other) { report(row, A.name, personH, 'DUPLICATE_ACCOUNT', other.username); continue; }
    accountsCreate.push({ username, personId: person.id, displayName: person.name });
  }

  // ---------------------------------------------------------------------------------------------
  // The difference for posts and duties, in the workbook's units, as history (history.ts).
  const wantedDuty = new Map<string, { kind: DutyKind; scopeUnitIds: string[] }>();
  for (const [key, post] of posts) {
    const duty = effectiveDuty({ post, duty: duties.get(key) ?? null });
    if (duty) wantedDuty.set(key, duty);
  }
  const history = planHistory({
    today,
    lines,
    wantedDuties: wantedDuty,
    active: { posts: snapshot.posts.map((p) => ({ ...p, endDate: null })), duties: snapshot.duties.map((x) => ({ ...x, endDate: null })) },
    history: snapshot.history,
    inWorkbookUnits: new Set(idOfCode.values()),
    report: (row, column, code, detail) => report(row, row.sheet, column, code, detail),
    warn: (row, column, code, detail) => warn(row, row.sheet, column, code, detail),
  });
  const { posts: { create: postsCreate, end: postsEnd, restart: postsRestart }, duties: { create: dutiesCreate, end: dutiesEnd, restart: dutiesRestart } } = history;

  const plan: ImportPlan = {
    units: { create: unitsCreate, update: unitsUpdate },
    people: { create: peopleCreate, update: peopleUpdate },
    posts: { create: postsCreate, end: postsEnd, restart: postsRestart },
    duties: { create: dutiesCreate, end: dutiesEnd, restart: dutiesRestart },
    accounts: { create: accountsCreate },
    unitsNotInWorkbook,
    counts: {
      units: unitsCreate.length + unitsChanged,
      people: peopleCreate.length + peopleUpdate.length,
      posts: postsCreate.length + postsEnd.length + postsRestart.length,
      duties: dutiesCreate.length + dutiesEnd.length + dutiesRestart.length,
      accounts: accountsCreate.length,
    },
  };
  return { problems, warnings, plan };
}
