import type { WorkItemStatus } from '../../../generated/prisma/enums.js';
import { todayInChina } from '../../../lib/dates.js';
import { isOverdue, workItemListWhere, type WorkItemListFilter } from '../../plan/service.js';
import { WORK_ITEM_STATUS_NAMES } from '../labels.js';
import { afterInUnitTree, defineLedger, keysetPages, type TreeCursor, unitTreeOrder, nameIf, visiblePeople, yesNo } from '../ledger.js';

/**
 * 年度任务台账: the annual plan's work items in the units the viewer may see (as `workItems` lists
 * them, through the same `workItemListWhere`). The year is the plan's year; status OVERDUE means
 * open and due before today, as the API's `overdue` filter. The responsible person is named only
 * when the viewer may see them, as the API's `responsiblePerson` field does.
 */
export interface WorkItemLedgerRow {
  id: string;
  year: number;
  mainTask: string | null;
  title: string;
  description: string;
  unitName: string;
  responsible: string | null;
  dueDate: Date;
  status: WorkItemStatus;
  pendingConfirmation: boolean;
  overdue: boolean;
  completedAt: Date | null;
  cancelReason: string | null;
  notes: number;
  attachments: number;
}

const STATUS_FILTERS = { ...WORK_ITEM_STATUS_NAMES, OVERDUE: '已逾期', ALL: '全部' } as const;

export const workItemsLedger = defineLedger<WorkItemLedgerRow>({
  code: 'WORK_ITEMS',
  title: '年度任务台账',
  keyColumn: '系统编号',
  filters: { year: true, unit: true, status: { values: STATUS_FILTERS, default: 'ALL' } },
  columns: [
    { header: '年度', type: 'integer', width: 6, value: (w) => w.year },
    { header: '对应主要任务', type: 'text', width: 30, value: (w) => w.mainTask },
    { header: '任务名称', type: 'text', width: 36, value: (w) => w.title },
    { header: '任务内容', type: 'text', width: 48, value: (w) => w.description || null },
    { header: '责任单位', type: 'text', width: 30, value: (w) => w.unitName },
    { header: '责任人', type: 'text', width: 10, value: (w) => w.responsible },
    { header: '完成时限', type: 'date', width: 12, value: (w) => w.dueDate },
    // 待确认 (issue 21 item 8): a DONE its responsible person marked, not yet confirmed by a leader.
    { header: '状态', type: 'text', width: 8, value: (w) => (w.pendingConfirmation ? `${WORK_ITEM_STATUS_NAMES[w.status]}（待确认）` : WORK_ITEM_STATUS_NAMES[w.status]) },
    { header: '是否逾期', type: 'text', width: 8, value: (w) => yesNo(w.overdue) },
    { header: '完成时间', type: 'datetime', width: 20, value: (w) => w.completedAt },
    { header: '取消理由', type: 'text', width: 20, value: (w) => w.cancelReason },
    { header: '进展记录数', type: 'integer', width: 10, value: (w) => w.notes },
    { header: '佐证材料数', type: 'integer', width: 10, value: (w) => w.attachments },
    { header: '系统编号', type: 'text', width: 28, value: (w) => w.id },
  ],
  async *rows(q) {
    const today = todayInChina(q.now);
    const filter: WorkItemListFilter = { year: q.year, subtreeOf: q.unit?.id };
    if (q.status === 'OVERDUE') filter.overdue = true;
    else if (q.status && q.status !== 'ALL') filter.statuses = [q.status as WorkItemStatus];
    const where = workItemListWhere(q.viewer, filter, today);
    const pages = keysetPages(
      (after: TreeCursor | undefined, take) =>
        q.db.workItem.findMany({
          where: after ? { AND: [where, afterInUnitTree(after)] } : where,
          orderBy: unitTreeOrder(),
          take,
          select: {
            id: true, title: true, description: true, dueDate: true, status: true, pendingConfirmation: true, completedAt: true, cancelReason: true,
            plan: { select: { year: true } },
            templateTask: { select: { number: true, text: true } },
            unit: { select: { name: true, treeKey: true } },
            responsiblePerson: { select: { id: true, name: true } },
            _count: { select: { notes: true, attachments: true } },
          },
        }),
      (w) => ({ treeKey: w.unit.treeKey, id: w.id }),
      q.pageSize,
    );
    for await (const page of pages) {
      const visible = await visiblePeople(q.db, q.viewer, page.map((w) => w.responsiblePerson.id));
      yield page.map((w) => ({
        id: w.id,
        year: w.plan.year,
        mainTask: w.templateTask ? `${w.templateTask.number}. ${w.templateTask.text}` : null,
        title: w.title,
        description: w.description,
        unitName: w.unit.name,
        responsible: nameIf(visible, w.responsiblePerson),
        dueDate: w.dueDate,
        status: w.status,
        pendingConfirmation: w.pendingConfirmation,
        overdue: isOverdue(w, today),
        completedAt: w.completedAt,
        cancelReason: w.cancelReason,
        notes: w._count.notes,
        attachments: w._count.attachments,
      }));
    }
  },
});
