import { todayInChina } from '../../../lib/dates.js';
import { districtOverview } from '../../district/service.js';
import type { ComplianceStatus } from '../../obligations/service.js';
import { COMPLIANCE_STATUS_FILTERS, COMPLIANCE_STATUS_NAMES } from '../labels.js';
import { defineLedger } from '../ledger.js';

/**
 * 各局规定动作落实情况台账 (district): one row per bureau × rule of the viewer's district for a
 * year, from `districtOverview` (the same computation as the district view and `compliance`): the
 * rule's worst status over the bureau's units, and how many units are met, late, due soon, overdue
 * and not yet due. Aggregates only: no person is named. The year defaults to this year; the status
 * is as of today, or as of 31 December for a past year. One page: a district has tens of bureaus.
 */
export interface DistrictComplianceRow {
  tenantId: string;
  bureau: string;
  ruleCode: string;
  ruleName: string;
  source: string;
  due: string | null;
  status: ComplianceStatus;
  /** 无佐证: counted records with no attachment, over the bureau's units. */
  withoutEvidence: number;
  met: number;
  late: number;
  dueSoon: number;
  overdue: number;
  notYetDue: number;
  total: number;
  year: number;
  asOf: Date;
}

export const districtComplianceLedger = defineLedger<DistrictComplianceRow>({
  code: 'DISTRICT_COMPLIANCE',
  title: '各局规定动作落实情况台账',
  keyColumn: '系统编号',
  filters: { year: true, status: { values: COMPLIANCE_STATUS_FILTERS, default: 'ALL' } },
  columns: [
    { header: '年度', type: 'integer', width: 6, value: (r) => r.year },
    { header: '局', type: 'text', width: 30, value: (r) => r.bureau },
    { header: '规则编号', type: 'text', width: 28, value: (r) => r.ruleCode },
    { header: '规定动作', type: 'text', width: 40, value: (r) => r.ruleName },
    { header: '依据', type: 'text', width: 14, value: (r) => r.source },
    { header: '期限', type: 'text', width: 8, value: (r) => r.due },
    { header: '落实情况', type: 'text', width: 10, value: (r) => COMPLIANCE_STATUS_NAMES[r.status] },
    { header: '无佐证台账数', type: 'integer', width: 12, value: (r) => r.withoutEvidence },
    { header: '已落实单位数', type: 'integer', width: 12, value: (r) => r.met },
    { header: '逾期完成单位数', type: 'integer', width: 14, value: (r) => r.late },
    { header: '即将到期单位数', type: 'integer', width: 14, value: (r) => r.dueSoon },
    { header: '已逾期单位数', type: 'integer', width: 12, value: (r) => r.overdue },
    { header: '未到期单位数', type: 'integer', width: 12, value: (r) => r.notYetDue },
    { header: '适用单位数', type: 'integer', width: 10, value: (r) => r.total },
    { header: '截至日期', type: 'date', width: 12, value: (r) => r.asOf },
    { header: '系统编号', type: 'text', width: 40, value: (r) => `${r.tenantId}/${r.ruleCode}` },
  ],
  async *districtRows(q) {
    const today = todayInChina(q.now);
    const year = q.year ?? today.getUTCFullYear();
    const yearEnd = new Date(Date.UTC(year, 11, 31));
    const asOf = today < yearEnd ? today : yearEnd;
    const bureaus = await districtOverview(q.db, q.viewer, year, asOf);
    const rows = bureaus.flatMap((b) => b.byRule
      .filter((r) => !q.status || q.status === 'ALL' || r.status === q.status)
      .map((r): DistrictComplianceRow => ({
        tenantId: b.tenant.id,
        bureau: b.tenant.name,
        ruleCode: r.rule.code,
        ruleName: r.rule.name,
        source: r.rule.origin === 'PLAN' ? `方案${r.rule.clause}` : '本局补充',
        due: r.rule.dueMonthDay,
        status: r.status,
        withoutEvidence: r.withoutEvidence,
        met: r.met, late: r.late, dueSoon: r.dueSoon, overdue: r.overdue, notYetDue: r.notYetDue, total: r.total,
        year, asOf,
      })));
    if (rows.length) yield rows;
  },
});
