import type { AccountabilityMeasure, AccountabilitySourceType } from '../../../generated/prisma/enums.js';
import { accountabilityFilterWhere, severityOf } from '../../accountability/service.js';
import { ACCOUNTABILITY_MEASURE_NAMES, ACCOUNTABILITY_SOURCE_NAMES, DISTRICT_ROLE_NAMES } from '../labels.js';
import { afterInUnitTree, defineLedger, keysetPages, type TreeCursor, unitTreeOrder, nameIf, visiblePeople } from '../ledger.js';

/**
 * 问责台账: accountability measures the viewer may see — against the units they see (or anyone in
 * them), and against themself — as `accountabilityRecords` lists them (the same
 * `accountabilityFilterWhere`). The year is the year decided. The unit is named only when the
 * viewer may see it, people only when the viewer may see them, as the API's fields do.
 */
export interface AccountabilityLedgerRow {
  id: string;
  decidedOn: Date;
  subjectIsPerson: boolean;
  unitName: string | null;
  personName: string | null;
  measure: AccountabilityMeasure;
  basis: string;
  decidingBody: string;
  sourceType: AccountabilitySourceType | null;
  recordedBy: string | null;
  createdAt: Date;
}

export const accountabilityLedger = defineLedger<AccountabilityLedgerRow>({
  code: 'ACCOUNTABILITY',
  title: '问责台账',
  keyColumn: '系统编号',
  filters: { year: true, unit: true },
  columns: [
    { header: '决定日期', type: 'date', width: 12, value: (r) => r.decidedOn },
    { header: '问责对象', type: 'text', width: 8, value: (r) => (r.subjectIsPerson ? '个人' : '单位') },
    { header: '所涉单位', type: 'text', width: 30, value: (r) => r.unitName },
    { header: '被问责人', type: 'text', width: 10, value: (r) => r.personName },
    { header: '问责方式', type: 'text', width: 16, value: (r) => ACCOUNTABILITY_MEASURE_NAMES[r.measure] },
    { header: '严重程度', type: 'integer', width: 8, value: (r) => severityOf(r.measure) },
    { header: '问责依据', type: 'text', width: 48, value: (r) => r.basis },
    { header: '决定机关', type: 'text', width: 24, value: (r) => r.decidingBody },
    { header: '起因类别', type: 'text', width: 12, value: (r) => (r.sourceType ? ACCOUNTABILITY_SOURCE_NAMES[r.sourceType] : null) },
    { header: '登记人', type: 'text', width: 10, value: (r) => r.recordedBy },
    { header: '登记时间', type: 'datetime', width: 20, value: (r) => r.createdAt },
    { header: '系统编号', type: 'text', width: 28, value: (r) => r.id },
  ],
  async *rows(q) {
    const where = accountabilityFilterWhere(q.viewer, { year: q.year, subtreeOf: q.unit?.id });
    const person = { select: { id: true, name: true } } as const;
    const pages = keysetPages(
      (after: TreeCursor | undefined, take) =>
        q.db.accountabilityRecord.findMany({
          where: after ? { AND: [where, afterInUnitTree(after)] } : where,
          orderBy: unitTreeOrder(),
          take,
          select: {
            id: true, decidedOn: true, personId: true, measure: true, basis: true, decidingBody: true, sourceType: true, createdAt: true, recordedByRole: true,
            unit: { select: { id: true, tenantId: true, ancestorIds: true, name: true, treeKey: true } },
            person,
            recordedBy: person,
          },
        }),
      (r) => ({ treeKey: r.unit.treeKey, id: r.id }),
      q.pageSize,
    );
    for await (const page of pages) {
      const visible = await visiblePeople(q.db, q.viewer, page.flatMap((r) => [r.person?.id, r.recordedBy?.id]));
      yield page.map((r) => ({
        id: r.id,
        decidedOn: r.decidedOn,
        subjectIsPerson: r.personId !== null,
        unitName: q.scope.canSeeUnit(r.unit) ? r.unit.name : null,
        personName: nameIf(visible, r.person),
        measure: r.measure,
        basis: r.basis,
        decidingBody: r.decidingBody,
        sourceType: r.sourceType,
        recordedBy: r.recordedByRole ? DISTRICT_ROLE_NAMES[r.recordedByRole] : nameIf(visible, r.recordedBy),
        createdAt: r.createdAt,
      }));
    }
  },
});
