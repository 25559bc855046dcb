import { IN_FORCE_STATE_NAMES } from '../../../lib/labels.js';
import { inForce, inForceDuring, isInForce } from '../../../authz/in-force.js';
import { todayInChina } from '../../../lib/dates.js';
import type { DutyKind } from '../../../generated/prisma/enums.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { DUTY_KIND_NAMES } from '../labels.js';
import { afterInUnitTree, defineLedger, keysetPages, type TreeCursor, unitTreeOrder, yearDates } from '../ledger.js';

/**
 * 责任分工台账: duties and their history in the units the viewer may see (as `OrgUnit.duties` with
 * includeEnded lists them). A year keeps the duties in force at some time in that year; the scope
 * names only the units the viewer may see, as the API's `scopeUnits` does.
 */
export interface DutyLedgerRow {
  id: string;
  kind: DutyKind;
  startDate: Date;
  endDate: Date | null;
  endReason: string | null;
  /** 在任 in force on the export's day, 已终止 ended by then, 未生效 starting later (src/authz/in-force.ts). */
  status: string;
  unitName: string;
  personName: string;
  postTitle: string | null;
  scopeNames: string;
}

export const dutiesLedger = defineLedger<DutyLedgerRow>({
  code: 'DUTIES',
  title: '责任分工台账',
  keyColumn: '系统编号',
  filters: {
    year: true,
    unit: true,
    status: { values: { ACTIVE: IN_FORCE_STATE_NAMES.ACTIVE, ENDED: IN_FORCE_STATE_NAMES.ENDED, ALL: '全部' }, default: 'ALL' },
  },
  columns: [
    { header: '单位', type: 'text', width: 32, value: (d) => d.unitName },
    { header: '责任人', type: 'text', width: 10, value: (d) => d.personName },
    { header: '职务', type: 'text', width: 22, value: (d) => d.postTitle },
    { header: '责任类别', type: 'text', width: 12, value: (d) => DUTY_KIND_NAMES[d.kind] },
    { header: '责任范围', type: 'text', width: 48, value: (d) => d.scopeNames },
    { header: '起始日期', type: 'date', width: 12, value: (d) => d.startDate },
    { header: '终止日期', type: 'date', width: 12, value: (d) => d.endDate },
    { header: '终止原因', type: 'text', width: 20, value: (d) => d.endReason },
    { header: '状态', type: 'text', width: 8, value: (d) => d.status },
    { header: '系统编号', type: 'text', width: 38, value: (d) => d.id },
  ],
  async *rows(q) {
    const and: Prisma.DutyWhereInput[] = [q.scope.viaUnit()];
    if (q.unit) and.push({ unit: { ancestorIds: { has: q.unit.id } } });
    if (q.year) {
      const { start, end } = yearDates(q.year);
      and.push(inForceDuring(start, new Date(end.getTime() - 86_400_000)));
    }
    const today = todayInChina(q.now);
    if (q.status === 'ACTIVE') and.push(inForce(today));
    if (q.status === 'ENDED') and.push({ endDate: { lte: today } });
    const pages = keysetPages(
      (after: TreeCursor | undefined, take) =>
        q.db.duty.findMany({
          where: { AND: after ? [...and, afterInUnitTree(after)] : and },
          orderBy: unitTreeOrder(),
          take,
          select: {
            id: true, kind: true, startDate: true, endDate: true, endReason: true,
            unit: { select: { name: true, treeKey: true } },
            person: { select: { name: true } },
            post: { select: { title: true } },
            scope: { where: { unit: q.scope.unitWhere() }, select: { unit: { select: { name: true } } } },
          },
        }),
      (d) => ({ treeKey: d.unit.treeKey, id: d.id }),
      q.pageSize,
    );
    for await (const page of pages) {
      yield page.map((d) => ({
        id: d.id,
        kind: d.kind,
        startDate: d.startDate,
        endDate: d.endDate,
        endReason: d.endReason,
        status: IN_FORCE_STATE_NAMES[isInForce(d, today) ? 'ACTIVE' : d.startDate > today ? 'PENDING' : 'ENDED'],
        unitName: d.unit.name,
        personName: d.person.name,
        postTitle: d.post.title,
        scopeNames: d.scope.map((s) => s.unit.name).join('、'),
      }));
    }
  },
});
