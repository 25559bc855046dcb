import { randomUUID } from 'node:crypto';
import type { DutyKind, PostRole } from '../../generated/prisma/enums.js';
import { formatDate } from '../../lib/dates.js';
import type { SheetRow } from './parse.js';
import { POST_ROLE_NAMES } from './sheets.js';

/**
 * How an import changes the history of posts and duties (任职、分工的历史). History is append-only
 * and consistent at every date — the same predicates the database's exclusion constraints hold
 * (`Post_no_overlap_rule`, `Post_one_secretary_per_day_rule`, `Duty_no_overlap_rule`,
 * `Duty_one_leader_per_day_rule`), checked here first so that a clerk gets the row:
 *
 * - a post the workbook ends (结束日期) ends on that date; a post the workbook leaves out ends on the
 *   import day, or, for a secretary whose successor's row gives a later 起始日期, on that date;
 * - a change of role (成员 → 书记) ends the old post and starts the new one on one date: the row's
 *   起始日期 when it is after the old post's start, else the import day (a date left unchanged from
 *   the old post never backdates the new one: a warning says so);
 * - a new post or duty never starts before the end of a post or duty it would overlap that this
 *   import ends on a date of its own choosing; an overlap with dates the clerk wrote, or with
 *   history already recorded, is an error on the row;
 * - a kept post's changed 起始日期 is applied, with the duties that started with it, unless it
 *   overlaps history;
 * - a row with both dates that matches no post records a past post (a secretary's with its first
 *   responsibility).
 * Intervals are [startDate, endDate): a successor may start on the day the predecessor's post ends.
 */

export interface HistoryPost { id: string; unitId: string; personId: string; role: PostRole; startDate: Date; endDate: Date | null }
export interface HistoryDuty { id: string; unitId: string; personId: string; postId: string; kind: DutyKind; startDate: Date; endDate: Date | null; scopeUnitIds: string[] }

/** One 任职 row, resolved. */
export interface PostLine { row: SheetRow; unitId: string; personId: string; role: PostRole; start: Date | null; end: Date | null }

export interface PostCreate { id: string; unitId: string; personId: string; role: PostRole; startDate: Date; endDate: Date | null }
export interface DutyCreate { id: string; unitId: string; personId: string; postId: string; kind: DutyKind; startDate: Date; endDate: Date | null; scopeUnitIds: string[] }

export interface HistoryPlan {
  posts: { create: PostCreate[]; end: { id: string; endDate: Date }[]; restart: { id: string; startDate: Date }[] };
  duties: { create: DutyCreate[]; end: { id: string; endDate: Date }[]; restart: { id: string; startDate: Date }[] };
}

type Report = (row: SheetRow, column: string, code: string, detail: string) => void;

const key = (unitId: string, personId: string) => `${unitId}|${personId}`;
const same = (a: Date, b: Date) => a.getTime() === b.getTime();
const later = (a: Date, b: Date) => (a > b ? a : b);
const d = formatDate;

interface Interval {
  unitId: string;
  personId: string;
  role: PostRole;
  start: Date;
  end: Date | null;
  /** The workbook row that set this interval's dates, if any. */
  row?: SheetRow;
  /** Start may move later: the interval is new and its start was not written by the clerk. */
  startMovable: boolean;
  /** The start was written by the clerk (a move of it is warned about). */
  startWritten: boolean;
  /** End chosen by this import (not written by the clerk, not recorded history). */
  endComputed: boolean;
  apply: (start: Date) => void;
}

const START = '起始日期', END = '结束日期';

/**
 * Overlaps inside a group (one person in one unit, or one unit's secretaries): a later interval that
 * may move starts when the earlier one ends; otherwise the later row is reported.
 */
function settle(group: Interval[], what: string, report: Report, warn: Report) {
  group.sort((a, b) => a.start.getTime() - b.start.getTime() || (a.end ? 0 : 1) - (b.end ? 0 : 1));
  for (let i = 1; i < group.length; i++) {
    const b = group[i]!;
    for (let j = 0; j < i; j++) {
      const a = group[j]!;
      if (a.end === null && b.end === null) continue; // two current holders: the team rules report it
      const overlaps = (a.end === null || a.end > b.start) && (b.end === null || b.end > a.start) && !(b.end !== null && same(b.start, b.end)) && !(a.end !== null && same(a.start, a.end));
      if (!overlaps) continue;
      if (b.startMovable && a.end && (a.endComputed || !b.startWritten) && b.start >= a.start) {
        if (b.startWritten && b.row) warn(b.row, START, 'START_DATE_ADJUSTED', `${what}前一任职（${d(a.start)} 起）于 ${d(a.end)} 结束，本任职按 ${d(a.end)} 起算`);
        b.start = a.end;
        b.apply(a.end);
        continue;
      }
      const at = b.row ?? a.row;
      const other = b.row ? a : b;
      if (at) report(at, b.row ? START : END, 'HISTORY_OVERLAP', `${what}已有 ${POST_ROLE_NAMES[other.role]} ${d(other.start)} 至 ${other.end ? d(other.end) : '今'}，请填写不重叠的日期`);
    }
  }
}

export function planHistory(input: {
  today: Date;
  lines: PostLine[];
  /** Duties wanted now, by unit|person (only for current rows). */
  wantedDuties: ReadonlyMap<string, { kind: DutyKind; scopeUnitIds: string[] }>;
  active: { posts: HistoryPost[]; duties: HistoryDuty[] };
  history: { posts: HistoryPost[]; duties: HistoryDuty[] };
  inWorkbookUnits: ReadonlySet<string>;
  report: Report;
  warn: Report;
}): HistoryPlan {
  const { today, lines, wantedDuties, active, history, inWorkbookUnits, report, warn } = input;
  const plan: HistoryPlan = { posts: { create: [], end: [], restart: [] }, duties: { create: [], end: [], restart: [] } };
  const activePostByKey = new Map(active.posts.filter((p) => inWorkbookUnits.has(p.unitId)).map((p) => [key(p.unitId, p.personId), p]));

  // The final shape of every post touched, as intervals.
  const intervals: Interval[] = [];
  const endOf = new Map<string, { date: Date; computed: boolean; interval?: Interval }>(); // active post id →
  const kept = new Map<string, { post: HistoryPost; start: Date }>(); // key → kept active post
  const created = new Map<string, { post: PostCreate; interval: Interval }>(); // key → new current post
  const endedByRow = new Map<string, Date>(); // key → end written on a row for the active post

  for (const p of history.posts) {
    intervals.push({ unitId: p.unitId, personId: p.personId, role: p.role, start: p.startDate, end: p.endDate, startMovable: false, startWritten: false, endComputed: false, apply: () => undefined });
  }

  // Rows with a 结束日期: they end the current post, or record a past one.
  for (const line of lines.filter((l) => l.end)) {
    const k = key(line.unitId, line.personId);
    const current = activePostByKey.get(k);
    if (current && !endOf.has(current.id) && current.role === line.role && (!line.start || same(line.start, current.startDate))) {
      if (line.end! < current.startDate) { report(line.row, END, 'END_BEFORE_START', `任职自 ${d(current.startDate)} 起`); continue; }
      endOf.set(current.id, { date: line.end!, computed: false });
      endedByRow.set(k, line.end!);
      continue;
    }
    if (history.posts.some((h) => h.unitId === line.unitId && h.personId === line.personId && h.role === line.role && h.endDate && same(h.endDate, line.end!) && (!line.start || same(h.startDate, line.start)))) continue;
    if (!line.start) { report(line.row, START, 'REQUIRED', '填写了结束日期而无现任职务与之对应时，须填写起始日期（记录以往任职）'); continue; }
    const post: PostCreate = { id: randomUUID(), unitId: line.unitId, personId: line.personId, role: line.role, startDate: line.start, endDate: line.end };
    plan.posts.create.push(post);
    intervals.push({ unitId: post.unitId, personId: post.personId, role: post.role, start: post.startDate, end: post.endDate, row: line.row, startMovable: false, startWritten: true, endComputed: false, apply: () => undefined });
    if (post.role === 'SECRETARY') {
      plan.duties.create.push({ id: randomUUID(), unitId: post.unitId, personId: post.personId, postId: post.id, kind: 'FIRST_RESPONSIBLE', startDate: post.startDate, endDate: post.endDate, scopeUnitIds: [post.unitId] });
    }
  }

  // Current rows: keep, restart, change role, or start.
  for (const line of lines.filter((l) => !l.end)) {
    const k = key(line.unitId, line.personId);
    const current = activePostByKey.get(k);
    if (current && !endOf.has(current.id) && current.role === line.role) {
      const start = line.start && !same(line.start, current.startDate) ? line.start : current.startDate;
      kept.set(k, { post: current, start });
      const interval: Interval = {
        unitId: current.unitId, personId: current.personId, role: current.role, start, end: null, row: line.row,
        startMovable: false, startWritten: true, endComputed: false, apply: () => undefined,
      };
      intervals.push(interval);
      if (!same(start, current.startDate)) plan.posts.restart.push({ id: current.id, startDate: start });
      continue;
    }
    let start = line.start ?? endedByRow.get(k) ?? today;
    if (current && !endOf.has(current.id)) {
      // A change of role: one date ends the old post and starts the new one, never before the old start.
      if (!line.start || line.start <= current.startDate) {
        if (line.start) warn(line.row, START, 'START_DATE_ADJUSTED', `原任职${POST_ROLE_NAMES[current.role]}自 ${d(current.startDate)} 起；职务变更按导入日 ${d(today)} 起算，如变更日期不同请填写该日期`);
        start = today;
      }
      endOf.set(current.id, { date: start, computed: true });
    }
    const post: PostCreate = { id: randomUUID(), unitId: line.unitId, personId: line.personId, role: line.role, startDate: start, endDate: null };
    plan.posts.create.push(post);
    const interval: Interval = {
      unitId: post.unitId, personId: post.personId, role: post.role, start, end: null, row: line.row,
      startMovable: true, startWritten: !!line.start && same(line.start, start), endComputed: false,
      apply: (s) => { post.startDate = s; },
    };
    intervals.push(interval);
    created.set(k, { post, interval });
  }

  // Current posts of the workbook's units that no row keeps: ended on the import day, or on the
  // written start date of the secretary who succeeds them.
  const newSecretaryOf = new Map([...created.values()].filter((c) => c.post.role === 'SECRETARY').map((c) => [c.post.unitId, c]));
  for (const p of activePostByKey.values()) {
    if (endOf.has(p.id) || kept.has(key(p.unitId, p.personId))) continue;
    const successor = p.role === 'SECRETARY' ? newSecretaryOf.get(p.unitId) : undefined;
    const date = successor?.interval.startWritten && successor.post.startDate > p.startDate ? successor.post.startDate : today;
    endOf.set(p.id, { date: later(date, p.startDate), computed: true });
  }
  for (const p of activePostByKey.values()) {
    const end = endOf.get(p.id);
    if (!end) continue;
    plan.posts.end.push({ id: p.id, endDate: end.date });
    intervals.push({ unitId: p.unitId, personId: p.personId, role: p.role, start: p.startDate, end: end.date, startMovable: false, startWritten: false, endComputed: end.computed, apply: () => undefined });
  }

  const groups = new Map<string, { what: string; members: Interval[] }>();
  const add = (k: string, what: string, i: Interval) => {
    const g = groups.get(k) ?? { what, members: [] };
    g.members.push(i);
    groups.set(k, g);
  };
  for (const i of intervals) {
    add(`p|${i.unitId}|${i.personId}`, '同一人员在本组织', i);
    if (i.role === 'SECRETARY') add(`s|${i.unitId}`, '本组织书记', i);
  }
  for (const g of groups.values()) if (g.members.length > 1) settle(g.members, g.what, report, warn);

  // Duties follow their posts.
  const postEnd = new Map(plan.posts.end.map((e) => [e.id, e.endDate]));
  const restartOf = new Map(plan.posts.restart.map((r) => [r.id, r.startDate]));
  const sameSet = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();
  const dutyIntervals: { unitId: string; personId: string; kind: DutyKind; start: Date; end: Date | null; set?: (s: Date) => void }[] =
    history.duties.map((x) => ({ unitId: x.unitId, personId: x.personId, kind: x.kind, start: x.startDate, end: x.endDate }));
  for (const c of plan.duties.create) dutyIntervals.push({ unitId: c.unitId, personId: c.personId, kind: c.kind, start: c.startDate, end: c.endDate });
  const keptDuties = new Set<string>();
  const restarts: { id: string; startDate: Date; was: Date }[] = [];
  const postStartOf = new Map(active.posts.map((p) => [p.id, p.startDate]));
  for (const duty of active.duties) {
    if (!inWorkbookUnits.has(duty.unitId)) continue;
    const k = key(duty.unitId, duty.personId);
    const wanted = wantedDuties.get(k);
    const keptPost = kept.get(k);
    const ended = postEnd.get(duty.postId);
    if (ended === undefined && wanted && keptPost && keptPost.post.id === duty.postId && wanted.kind === duty.kind && sameSet(wanted.scopeUnitIds, duty.scopeUnitIds)) {
      keptDuties.add(k);
      let start = duty.startDate;
      const restarted = restartOf.get(duty.postId);
      if (restarted && (same(duty.startDate, postStartOf.get(duty.postId)!) || duty.startDate < restarted)) start = restarted;
      const restart = { id: duty.id, startDate: start, was: duty.startDate };
      restarts.push(restart);
      dutyIntervals.push({ unitId: duty.unitId, personId: duty.personId, kind: duty.kind, start, end: null, set: (s: Date) => { restart.startDate = s; } });
      continue;
    }
    const endDate = later(ended ?? today, duty.startDate);
    plan.duties.end.push({ id: duty.id, endDate });
    dutyIntervals.push({ unitId: duty.unitId, personId: duty.personId, kind: duty.kind, start: duty.startDate, end: endDate });
  }
  for (const [k, duty] of wantedDuties) {
    if (keptDuties.has(k)) continue;
    const [unitId, personId] = k.split('|') as [string, string];
    const fresh = created.get(k)?.post;
    const postId = fresh?.id ?? kept.get(k)?.post.id;
    if (!postId) continue;
    const row: DutyCreate = { id: randomUUID(), unitId, personId, postId, kind: duty.kind, startDate: fresh ? fresh.startDate : today, endDate: null, scopeUnitIds: duty.scopeUnitIds };
    plan.duties.create.push(row);
    dutyIntervals.push({ unitId, personId, kind: duty.kind, start: row.startDate, end: null, set: (s) => { row.startDate = s; } });
  }
  // A duty the import starts or moves never starts before one it would overlap ends (its dates are
  // derived from its post's, so it moves rather than being reported).
  const byEnd = dutyIntervals.filter((y) => y.end !== null).sort((a, b) => a.end!.getTime() - b.end!.getTime());
  for (const x of dutyIntervals) {
    if (!x.set) continue;
    let start = x.start;
    for (const y of byEnd) {
      if (y === x || y.unitId !== x.unitId || same(y.start, y.end!)) continue;
      const clash = y.personId === x.personId || (y.kind === x.kind && x.kind !== 'DUAL_DUTY');
      if (clash && y.end! > start) start = y.end!;
    }
    if (!same(start, x.start)) { x.start = start; x.set(start); }
  }
  plan.duties.restart = restarts.filter((r) => !same(r.startDate, r.was));
  return plan;
}
