import type { ObligationPeriod, WorkRecordKind } from '../../../generated/prisma/enums.js';
import { todayInChina } from '../../../lib/dates.js';
import { unitListWhere } from '../../org/service.js';
import { complianceFor, type ComplianceStatus } from '../../obligations/service.js';
import { COMPLIANCE_STATUS_FILTERS, COMPLIANCE_STATUS_NAMES, OBLIGATION_PERIOD_NAMES, WORK_RECORD_KIND_NAMES } from '../labels.js';
import { defineLedger, keysetPages } from '../ledger.js';

/**
 * 规定动作落实台账: one row per unit × applicable rule for a year, from `complianceFor` (the same
 * computation as the `compliance` and `complianceSummary` queries). Pages over the units the viewer
 * may see (active units, as `orgUnits` lists them), so each page of units costs one unit query and
 * the two statements of `complianceFor`. The year defaults to this year; the status is as of today,
 * or as of 31 December for a past year.
 */
export interface ComplianceLedgerRow {
  unitId: string;
  unitName: string;
  ruleId: string;
  ruleCode: string;
  ruleName: string;
  /** 方案条款 (e.g. 三(二)5), or 本局补充 for a local addition. */
  source: string;
  recordKind: WorkRecordKind;
  period: ObligationPeriod;
  minCount: number;
  year: number;
  asOf: Date;
  required: number;
  counted: number;
  /** 无佐证: counted records with no attachment. */
  withoutEvidence: number;
  status: ComplianceStatus;
  periods: string;
  /** Per-person rules: team members who have not filed, by name. */
  missing: string;
}

export const complianceLedger = defineLedger<ComplianceLedgerRow>({
  code: 'COMPLIANCE',
  title: '规定动作落实台账',
  keyColumn: '系统编号',
  filters: { year: true, unit: true, status: { values: COMPLIANCE_STATUS_FILTERS, default: 'ALL' } },
  columns: [
    { header: '年度', type: 'integer', width: 6, value: (e) => e.year },
    { header: '单位', type: 'text', width: 30, value: (e) => e.unitName },
    { header: '规则编号', type: 'text', width: 10, value: (e) => e.ruleCode },
    { header: '规定动作', type: 'text', width: 36, value: (e) => e.ruleName },
    { header: '依据', type: 'text', width: 16, value: (e) => e.source },
    { header: '台账类别', type: 'text', width: 20, value: (e) => WORK_RECORD_KIND_NAMES[e.recordKind] },
    { header: '周期', type: 'text', width: 8, value: (e) => OBLIGATION_PERIOD_NAMES[e.period] },
    { header: '每期应完成', type: 'integer', width: 10, value: (e) => e.minCount },
    { header: '全年应完成', type: 'integer', width: 10, value: (e) => e.required },
    { header: '已完成', type: 'integer', width: 8, value: (e) => e.counted },
    { header: '无佐证', type: 'integer', width: 8, value: (e) => e.withoutEvidence },
    { header: '落实情况', type: 'text', width: 10, value: (e) => COMPLIANCE_STATUS_NAMES[e.status] },
    { header: '各期情况', type: 'text', width: 40, value: (e) => e.periods || null },
    { header: '未完成人员', type: 'text', width: 30, value: (e) => e.missing || null },
    { header: '截至日期', type: 'date', width: 12, value: (e) => e.asOf },
    { header: '系统编号', type: 'text', width: 58, value: (e) => `${e.unitId}/${e.ruleId}` },
  ],
  async *rows(q) {
    const today = todayInChina(q.now);
    const year = q.year ?? today.getUTCFullYear();
    const yearEnd = new Date(Date.UTC(year, 11, 31));
    const asOf = today < yearEnd ? today : yearEnd;
    const where = unitListWhere(q.scope, { subtreeOf: q.unit?.id });
    const unitPages = keysetPages(
      (after: string | undefined, take) =>
        q.db.orgUnit.findMany({
          where: after ? { AND: [where, { treeKey: { gt: after } }] } : where,
          orderBy: { treeKey: 'asc' },
          take,
          select: { id: true, treeKey: true, name: true },
        }),
      (u) => u.treeKey,
      q.pageSize,
    );
    for await (const units of unitPages) {
      const names = new Map(units.map((u) => [u.id, u.name]));
      const entries = await complianceFor(q.db, { tenantId: q.scope.tenantId, unitIds: [...names.keys()] }, year, asOf);
      // Team members of units the viewer sees are people the viewer sees (personWhere): names only.
      const missingIds = [...new Set(entries.flatMap((e) => e.missingPersonIds))];
      const people = new Map(missingIds.length
        ? (await q.db.person.findMany({ where: { tenantId: q.scope.tenantId, id: { in: missingIds } }, select: { id: true, name: true } })).map((p) => [p.id, p.name])
        : []);
      // Rows in the units' tree order (this page's units, in SQL's order), then as complianceFor lists them.
      const place = new Map(units.map((u, i) => [u.id, i]));
      const rows = [...entries]
        .sort((a, b) => place.get(a.unitId)! - place.get(b.unitId)!)
        .filter((e) => !q.status || q.status === 'ALL' || e.status === q.status)
        .map((e) => ({
          unitId: e.unitId,
          unitName: names.get(e.unitId) ?? '',
          ruleId: e.rule.id,
          ruleCode: e.rule.code,
          ruleName: e.rule.name,
          source: e.rule.origin === 'PLAN' ? `方案${e.rule.clause}` : '本局补充',
          recordKind: e.rule.recordKind,
          period: e.rule.period,
          minCount: e.rule.minCount,
          year,
          asOf,
          required: e.required,
          counted: e.counted,
          withoutEvidence: e.withoutEvidence,
          status: e.status,
          periods: e.periods.length > 1
            ? e.periods.map((p) => `第${p.index + 1}期 ${p.counted}/${p.required} ${COMPLIANCE_STATUS_NAMES[p.status]}`).join('；')
            : '',
          missing: e.missingPersonIds.map((id) => people.get(id) ?? '').join('、'),
        }));
      if (rows.length) yield rows;
    }
  },
});
