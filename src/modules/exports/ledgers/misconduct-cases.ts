import type { MisconductClass, MisconductVenue } from '../../../generated/prisma/enums.js';
import { DomainError } from '../../../errors.js';
import { misconductListWhere } from '../../misconduct/service.js';
import { MISCONDUCT_CLASS_NAMES, MISCONDUCT_VENUE_NAMES } from '../labels.js';
import { defineLedger, keysetPages, yesNo } from '../ledger.js';

/**
 * 错误言论案件台账: misconduct cases, under their own narrow rule (`misconductListWhere`): only the
 * bureau committee's first and direct responsible people may export them; anyone else is refused
 * (FORBIDDEN) rather than handed an empty file. District roles cannot export ledgers at all, so the
 * district discipline inspection body, which reads referred cases through `misconductCases`, has no
 * export of them. The year is the year of the statement; status REFERRED / NOT_REFERRED / ALL.
 */
export interface MisconductLedgerRow {
  id: string;
  occurredOn: Date;
  personName: string;
  personJobTitle: string | null;
  unitName: string;
  venue: MisconductVenue;
  misconductClass: MisconductClass;
  summary: string;
  referredOn: Date | null;
  referredToBody: string | null;
  referenceNumber: string | null;
  outcome: string | null;
  outcomeOn: Date | null;
}

export const misconductCasesLedger = defineLedger<MisconductLedgerRow>({
  code: 'MISCONDUCT_CASES',
  title: '错误言论案件台账',
  keyColumn: '系统编号',
  filters: { year: true, unit: true, status: { values: { REFERRED: '已移交', NOT_REFERRED: '未移交', ALL: '全部' }, default: 'ALL' } },
  authorize: async (_db, viewer) => {
    if (viewer.kind !== 'person' || !viewer.leadsBureau) {
      throw new DomainError('FORBIDDEN', '只有局党委第一责任人、直接责任人可以导出错误言论案件台账 (only the bureau committee\'s first and direct responsible people)');
    }
  },
  columns: [
    { header: '发生日期', type: 'date', width: 12, value: (c) => c.occurredOn },
    { header: '当事人', type: 'text', width: 10, value: (c) => c.personName },
    { header: '当事人职务', type: 'text', width: 18, value: (c) => c.personJobTitle },
    { header: '所在单位', type: 'text', width: 30, value: (c) => c.unitName },
    { header: '发表场合', type: 'text', width: 14, value: (c) => MISCONDUCT_VENUE_NAMES[c.venue] },
    { header: '性质', type: 'text', width: 30, value: (c) => MISCONDUCT_CLASS_NAMES[c.misconductClass] },
    { header: '情况摘要', type: 'text', width: 60, value: (c) => c.summary },
    { header: '是否移交', type: 'text', width: 8, value: (c) => yesNo(c.referredOn !== null) },
    { header: '移交日期', type: 'date', width: 12, value: (c) => c.referredOn },
    { header: '移交机关', type: 'text', width: 24, value: (c) => c.referredToBody },
    { header: '移交文号', type: 'text', width: 20, value: (c) => c.referenceNumber },
    { header: '处理结果', type: 'text', width: 30, value: (c) => c.outcome },
    { header: '处理日期', type: 'date', width: 12, value: (c) => c.outcomeOn },
    { header: '系统编号', type: 'text', width: 28, value: (c) => c.id },
  ],
  async *rows(q) {
    const where = misconductListWhere(q.viewer, {
      year: q.year,
      subtreeOf: q.unit?.id,
      referred: q.status === 'REFERRED' ? true : q.status === 'NOT_REFERRED' ? false : null,
    });
    const pages = keysetPages(
      (after: string | undefined, take) =>
        q.db.misconductCase.findMany({
          where: after ? { AND: [where, { id: { gt: after } }] } : where,
          orderBy: { id: 'asc' },
          take,
          select: {
            id: true, occurredOn: true, venue: true, misconductClass: true, summary: true, referredOn: true, referredToBody: true,
            referenceNumber: true, outcome: true, outcomeOn: true,
            person: { select: { name: true, jobTitle: true } },
            unit: { select: { name: true } },
          },
        }),
      (c) => c.id,
      q.pageSize,
    );
    for await (const page of pages) {
      yield page.map(({ person, unit, ...c }) => ({ ...c, personName: person.name, personJobTitle: person.jobTitle, unitName: unit.name }));
    }
  },
});
