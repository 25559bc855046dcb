import type { DistrictRole, WorkRecordKind } from '../../../generated/prisma/enums.js';
import { workRecordListWhere } from '../../records/service.js';
import { DISTRICT_ROLE_NAMES, WORK_RECORD_KIND_NAMES } from '../labels.js';
import { afterInUnitTree, defineLedger, keysetPages, type TreeCursor, unitTreeOrder, nameIf, visiblePeople } from '../ledger.js';

/**
 * 工作台账: work records (studies, reports, briefings, analyses, inspections, meetings, duty reports)
 * of the units the viewer may see, as `workRecords` lists them (the same `workRecordListWhere`).
 * The year is the record's date; the recorder is named only when the viewer may see them.
 */
export interface WorkRecordLedgerRow {
  id: string;
  date: Date;
  kind: WorkRecordKind;
  title: string;
  unitName: string;
  summary: string;
  participants: string[];
  sentTo: DistrictRole[];
  copiedTo: DistrictRole[];
  otherRecipients: string | null;
  recordedBy: string | null;
  attachments: number;
  createdAt: Date;
}

const roles = (list: readonly DistrictRole[]) => list.map((r) => DISTRICT_ROLE_NAMES[r]).join('、') || null;

export const workRecordsLedger = defineLedger<WorkRecordLedgerRow>({
  code: 'WORK_RECORDS',
  title: '工作台账',
  keyColumn: '系统编号',
  filters: { year: true, unit: true },
  columns: [
    { header: '日期', type: 'date', width: 12, value: (r) => r.date },
    { header: '类别', type: 'text', width: 20, value: (r) => WORK_RECORD_KIND_NAMES[r.kind] },
    { header: '标题', type: 'text', width: 40, value: (r) => r.title },
    { header: '单位', type: 'text', width: 30, value: (r) => r.unitName },
    { header: '内容摘要', type: 'text', width: 60, value: (r) => r.summary || null },
    { header: '参加人员', type: 'text', width: 30, value: (r) => r.participants.join('、') || null },
    { header: '主送', type: 'text', width: 16, value: (r) => roles(r.sentTo) },
    { header: '抄送', type: 'text', width: 16, value: (r) => roles(r.copiedTo) },
    { header: '其他报送对象', type: 'text', width: 20, value: (r) => r.otherRecipients },
    { header: '登记人', type: 'text', width: 10, value: (r) => r.recordedBy },
    { header: '附件数', type: 'integer', width: 8, value: (r) => r.attachments },
    { header: '佐证', type: 'text', width: 8, value: (r) => (r.attachments ? null : '无佐证') },
    { header: '登记时间', type: 'datetime', width: 20, value: (r) => r.createdAt },
    { header: '系统编号', type: 'text', width: 28, value: (r) => r.id },
  ],
  async *rows(q) {
    const where = workRecordListWhere(q.viewer, { year: q.year, subtreeOf: q.unit?.id });
    const pages = keysetPages(
      (after: TreeCursor | undefined, take) =>
        q.db.workRecord.findMany({
          where: after ? { AND: [where, afterInUnitTree(after)] } : where,
          orderBy: unitTreeOrder(),
          take,
          select: {
            id: true, date: true, kind: true, title: true, summary: true, participants: true, sentTo: true, copiedTo: true,
            otherRecipients: true, createdAt: true, recordedByRole: true,
            unit: { select: { name: true, treeKey: true } },
            recordedBy: { select: { id: true, name: true } },
            _count: { select: { attachments: true } },
          },
        }),
      (r) => ({ treeKey: r.unit.treeKey, id: r.id }),
      q.pageSize,
    );
    for await (const page of pages) {
      const visible = await visiblePeople(q.db, q.viewer, page.map((r) => r.recordedBy?.id));
      yield page.map((r) => ({
        id: r.id,
        date: r.date,
        kind: r.kind,
        title: r.title,
        unitName: r.unit.name,
        summary: r.summary,
        participants: r.participants,
        sentTo: r.sentTo,
        copiedTo: r.copiedTo,
        otherRecipients: r.otherRecipients,
        recordedBy: r.recordedByRole ? DISTRICT_ROLE_NAMES[r.recordedByRole] : nameIf(visible, r.recordedBy),
        attachments: r._count.attachments,
        createdAt: r.createdAt,
      }));
    }
  },
});
