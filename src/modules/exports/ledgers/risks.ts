import type { RiskClass, RiskMechanism, RiskSeverity, RiskSource, RiskStage } from '../../../generated/prisma/enums.js';
import { todayInChina } from '../../../lib/dates.js';
import { OPEN_STAGES } from '../../risks/lifecycle.js';
import { isOverdue, riskListWhere, type RiskFilter } from '../../risks/service.js';
import { chinaDateTime } from '../format.js';
import {
  RISK_CLASS_NAMES, RISK_MECHANISM_NAMES, RISK_SEVERITY_NAMES, RISK_SOURCE_NAMES, RISK_STAGE_NAMES,
} from '../labels.js';
import { afterInUnitTree, defineLedger, keysetPages, type TreeCursor, unitTreeOrder, nameIf, visiblePeople, yearInstants, yesNo } from '../ledger.js';

/**
 * 风险台账: risks of the units the viewer may see (as `risks` lists them, the same `riskListWhere`),
 * each with its history: every move of its lifecycle (时间 原阶段→新阶段 操作人：说明), and the
 * counts of its responses and rectification items. The year is the year the risk was reported (in
 * China); status is a stage, OPEN (not yet handled), OVERDUE (open past the handling deadline, as
 * the API's `overdue` filter) or ALL. People are named only when the viewer may see them.
 */
export interface RiskLedgerRow {
  id: string;
  reportedAt: Date;
  title: string;
  description: string | null;
  unitName: string;
  source: RiskSource;
  mechanism: RiskMechanism;
  riskClass: RiskClass;
  severity: RiskSeverity;
  stage: RiskStage;
  handlingDeadline: Date;
  overdue: boolean;
  handledAt: Date | null;
  handledInTime: boolean | null;
  closedAt: Date | null;
  closeReason: string | null;
  responsible: string | null;
  reportedBy: string | null;
  history: string;
  responses: number;
  rectifications: number;
  rectificationsDone: number;
}

const STATUS_FILTERS = {
  ...RISK_STAGE_NAMES, OPEN: '未处置', OVERDUE: '逾期未处置', ALL: '全部',
} as const;

export const risksLedger = defineLedger<RiskLedgerRow>({
  code: 'RISKS',
  title: '风险台账',
  keyColumn: '系统编号',
  filters: { year: true, unit: true, status: { values: STATUS_FILTERS, default: 'ALL' } },
  columns: [
    { header: '报告时间', type: 'datetime', width: 20, value: (r) => r.reportedAt },
    { header: '标题', type: 'text', width: 36, value: (r) => r.title },
    { header: '情况描述', type: 'text', width: 48, value: (r) => r.description },
    { header: '所属单位', type: 'text', width: 30, value: (r) => r.unitName },
    { header: '来源', type: 'text', width: 14, value: (r) => RISK_SOURCE_NAMES[r.source] },
    { header: '所属机制', type: 'text', width: 14, value: (r) => RISK_MECHANISM_NAMES[r.mechanism] },
    { header: '问题性质', type: 'text', width: 14, value: (r) => RISK_CLASS_NAMES[r.riskClass] },
    { header: '风险等级', type: 'text', width: 10, value: (r) => RISK_SEVERITY_NAMES[r.severity] },
    { header: '当前阶段', type: 'text', width: 10, value: (r) => RISK_STAGE_NAMES[r.stage] },
    { header: '处置时限', type: 'date', width: 12, value: (r) => r.handlingDeadline },
    { header: '是否逾期', type: 'text', width: 8, value: (r) => yesNo(r.overdue) },
    { header: '处置时间', type: 'datetime', width: 20, value: (r) => r.handledAt },
    { header: '是否按时处置', type: 'text', width: 10, value: (r) => yesNo(r.handledInTime) },
    { header: '销号/排除时间', type: 'datetime', width: 20, value: (r) => r.closedAt },
    { header: '销号/排除理由', type: 'text', width: 24, value: (r) => r.closeReason },
    { header: '责任人', type: 'text', width: 10, value: (r) => r.responsible },
    { header: '报告人', type: 'text', width: 10, value: (r) => r.reportedBy },
    { header: '流转记录', type: 'text', width: 60, value: (r) => r.history },
    { header: '发声次数', type: 'integer', width: 8, value: (r) => r.responses },
    { header: '整改事项数', type: 'integer', width: 10, value: (r) => r.rectifications },
    { header: '已完成整改数', type: 'integer', width: 10, value: (r) => r.rectificationsDone },
    { header: '系统编号', type: 'text', width: 28, value: (r) => r.id },
  ],
  async *rows(q) {
    const today = todayInChina(q.now);
    const filter: RiskFilter = { subtreeOf: q.unit?.id };
    if (q.status === 'OVERDUE') filter.overdue = true;
    else if (q.status === 'OPEN') filter.stages = OPEN_STAGES;
    else if (q.status && q.status !== 'ALL') filter.stages = [q.status as RiskStage];
    const scoped = riskListWhere(q.viewer, filter, today);
    const where = q.year ? { AND: [scoped, { reportedAt: { gte: yearInstants(q.year).start, lt: yearInstants(q.year).end } }] } : scoped;
    const person = { select: { id: true, name: true } } as const;
    const pages = keysetPages(
      (after: TreeCursor | undefined, take) =>
        q.db.risk.findMany({
          where: after ? { AND: [where, afterInUnitTree(after)] } : where,
          orderBy: unitTreeOrder(),
          take,
          select: {
            id: true, reportedAt: true, title: true, description: true, source: true, mechanism: true, riskClass: true, severity: true,
            stage: true, handlingDeadline: true, handledAt: true, closedAt: true, closeReason: true,
            unit: { select: { name: true, treeKey: true } },
            responsiblePerson: person,
            reportedBy: person,
            transitions: { orderBy: [{ at: 'asc' }, { id: 'asc' }], select: { fromStage: true, toStage: true, at: true, note: true, actor: person } },
            rectifications: { select: { doneOn: true } },
            _count: { select: { responses: true } },
          },
        }),
      (r) => ({ treeKey: r.unit.treeKey, id: r.id }),
      q.pageSize,
    );
    for await (const page of pages) {
      const visible = await visiblePeople(q.db, q.viewer, page.flatMap((r) => [
        r.responsiblePerson.id, r.reportedBy.id, ...r.transitions.map((t) => t.actor?.id),
      ]));
      yield page.map((r) => ({
        id: r.id,
        reportedAt: r.reportedAt,
        title: r.title,
        description: r.description,
        unitName: r.unit.name,
        source: r.source,
        mechanism: r.mechanism,
        riskClass: r.riskClass,
        severity: r.severity,
        stage: r.stage,
        handlingDeadline: r.handlingDeadline,
        overdue: isOverdue(r, today),
        handledAt: r.handledAt,
        handledInTime: r.handledAt ? todayInChina(r.handledAt) <= r.handlingDeadline : null,
        closedAt: r.closedAt,
        closeReason: r.closeReason,
        responsible: nameIf(visible, r.responsiblePerson),
        reportedBy: nameIf(visible, r.reportedBy),
        history: r.transitions.map((t) => {
          const move = t.fromStage ? `${RISK_STAGE_NAMES[t.fromStage]}→${RISK_STAGE_NAMES[t.toStage]}` : `报告（${RISK_STAGE_NAMES[t.toStage]}）`;
          const actor = nameIf(visible, t.actor);
          return `${chinaDateTime(t.at).slice(0, 16)} ${move}${actor ? ` ${actor}` : ''}${t.note ? `：${t.note}` : ''}`;
        }).join('\n'),
        responses: r._count.responses,
        rectifications: r.rectifications.length,
        rectificationsDone: r.rectifications.filter((x) => x.doneOn !== null).length,
      }));
    }
  },
});
