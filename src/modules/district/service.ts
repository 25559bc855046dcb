import type { DistrictViewer } from '../../authz/guards.js';
import type { PrismaClient } from '../../db/client.js';
import type { Tenant } from '../../generated/prisma/client.js';
import { parseDate } from '../../lib/dates.js';
import { OPEN_WORK_ITEM_STATUSES } from '../obligations/reminders.js';
import { complianceFor, tally, worstStatus, type ComplianceEntry, type ComplianceStatus, type ComplianceTally, type CountingRule } from '../obligations/service.js';

/** The rule whose record is the annual responsibility report (IV.1) the district reads. */
export const ANNUAL_REPORT_RULE_CODE = 'ANNUAL_RESPONSIBILITY_REPORT';

/** One rule across one bureau: the worst status over its units, and the units by status. */
export interface BureauRuleStatus extends ComplianceTally {
  rule: CountingRule;
  status: ComplianceStatus;
}

export interface BureauOverview {
  tenant: Tenant;
  year: number;
  asOf: Date;
  rules: ComplianceTally;
  byRule: BureauRuleStatus[];
  workItems: { total: number; done: number; overdue: number; cancelled: number };
  /** The first annual responsibility report of the year that counts for the bureau committee's rule. */
  annualReportDate: Date | null;
  annualReportOnTime: boolean;
  /** That rule's due date this year (from the rule's dueMonthDay), null without the rule. */
  annualReportDue: Date | null;
}

interface ItemRow { tenantId: string; total: number; done: number; overdue: number; cancelled: number }

/** Per rule of one bureau's entries, by rule code. */
export function byRule(entries: readonly ComplianceEntry[]): BureauRuleStatus[] {
  const rules = new Map(entries.map((e) => [e.rule.id, e.rule]));
  return [...rules.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((rule) => {
      const own = entries.filter((e) => e.rule.id === rule.id);
      return { rule, status: worstStatus(own.map((e) => e.status)), ...tally(own) };
    });
}

/**
 * Per-bureau figures for the district (DOMAIN.md §3: per bureau and per rule, nothing person-level).
 * Five statements whatever the number of bureaus: the bureaus, compliance (three), and work-item
 * counts grouped by bureau.
 * - rules: (unit, rule) pairs of the whole bureau by compliance status, as of `asOf`, and per rule;
 * - work items of the year's plan: total (not cancelled), done, overdue (open and due before asOf);
 * - the annual responsibility report (IV.1): read from the bureau committee's
 *   ANNUAL_RESPONSIBILITY_REPORT compliance entry, so its addressees and due day are the rule's data.
 */
export async function districtOverview(prisma: PrismaClient, viewer: DistrictViewer, year: number, asOf: Date): Promise<BureauOverview[]> {
  const tenants = await prisma.tenant.findMany({ where: { districtId: viewer.districtId }, orderBy: { code: 'asc' } });
  if (!tenants.length) return [];
  const tenantIds = tenants.map((t) => t.id);
  const [entries, items] = await Promise.all([
    complianceFor(prisma, { tenantIds }, year, asOf),
    prisma.$queryRaw<ItemRow[]>`
      SELECT w."tenantId",
             count(*) FILTER (WHERE w."status" <> 'CANCELLED')::int AS "total",
             count(*) FILTER (WHERE w."status" = 'DONE')::int AS "done",
             count(*) FILTER (WHERE w."status"::text = ANY(${[...OPEN_WORK_ITEM_STATUSES]}::text[]) AND w."dueDate" < ${asOf}::date)::int AS "overdue",
             count(*) FILTER (WHERE w."status" = 'CANCELLED')::int AS "cancelled"
        FROM "WorkItem" w
        JOIN "AnnualPlan" p ON p."tenantId" = w."tenantId" AND p."id" = w."planId"
       WHERE w."tenantId" = ANY(${tenantIds}::text[]) AND p."year" = ${year}
       GROUP BY w."tenantId"`,
  ]);
  const itemsBy = new Map(items.map((r) => [r.tenantId, r]));
  return tenants.map((tenant) => {
    const own = entries.filter((e) => e.tenantId === tenant.id);
    // The bureau committee is the tenant root: its ancestry is itself alone.
    const annual = own.find((e) => e.rule.code === ANNUAL_REPORT_RULE_CODE && e.ancestorIds.length === 1);
    const firstDate = annual?.recordDates[0];
    const row = itemsBy.get(tenant.id);
    return {
      tenant,
      year,
      asOf,
      rules: tally(own),
      byRule: byRule(own),
      workItems: { total: row?.total ?? 0, done: row?.done ?? 0, overdue: row?.overdue ?? 0, cancelled: row?.cancelled ?? 0 },
      annualReportDate: firstDate ? parseDate(firstDate)! : null,
      annualReportOnTime: !!annual && annual.periods.every((p) => p.onTime >= p.required),
      annualReportDue: annual?.periods[0]?.due ?? null,
    };
  });
}
