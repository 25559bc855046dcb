import type { DistrictViewer } from '../../authz/guards.js';
import type { PrismaClient } from '../../db/client.js';
import type { Tenant } from '../../generated/prisma/client.js';
import { complianceFor, tally, type ComplianceTally } from './obligations.js';

export interface BureauOverview {
  tenant: Tenant;
  year: number;
  asOf: Date;
  rules: ComplianceTally;
  workItems: { total: number; done: number; overdue: number; cancelled: number };
  /** The first annual responsibility report of the year addressed to the district committee. */
  annualReportDate: Date | null;
  annualReportOnTime: boolean;
}

interface ItemRow { tenantId: string; total: number; done: number; overdue: number; cancelled: number }
interface ReportRow { tenantId: string; date: Date }

/**
 * Per-bureau figures for the district (DOMAIN.md §3: aggregates only, nothing person-level).
 * Five statements whatever the number of bureaus: the bureaus, compliance (two), work-item
 * counts and annual reports, each an aggregate grouped by bureau.
 * - rules: (unit, rule) pairs of the whole bureau by compliance status, as of `asOf`;
 * - work items of the year's plan: total (not cancelled), done, overdue (open and due before asOf);
 * - the annual responsibility report (IV.1): the earliest ANNUAL_RESPONSIBILITY_REPORT of the bureau
 *   committee in the year addressed to the district committee; on time when dated 12-10 or earlier.
 */
export async function districtOverview(prisma: PrismaClient, viewer: DistrictViewer, year: number, asOf: Date): Promise<BureauOverview[]> {
  const tenants = await prisma.tenant.findMany({ where: { districtId: viewer.districtId }, orderBy: { code: 'asc' } });
  if (!tenants.length) return [];
  const tenantIds = tenants.map((t) => t.id);
  const yearStart = new Date(Date.UTC(year, 0, 1));
  const yearEnd = new Date(Date.UTC(year, 11, 31));
  const deadline = new Date(Date.UTC(year, 11, 10));
  const [entries, items, reports] = await Promise.all([
    complianceFor(prisma, { tenantIds }, year, asOf),
    prisma.$queryRaw<ItemRow[]>`
      SELECT w."tenantId",
             count(*) FILTER (WHERE w."status" <> 'CANCELLED')::int AS "total",
             count(*) FILTER (WHERE w."status" = 'DONE')::int AS "done",
             count(*) FILTER (WHERE w."status" IN ('PLANNED', 'IN_PROGRESS') AND w."dueDate" < ${asOf}::date)::int AS "overdue",
             count(*) FILTER (WHERE w."status" = 'CANCELLED')::int AS "cancelled"
        FROM "WorkItem" w
        JOIN "AnnualPlan" p ON p."tenantId" = w."tenantId" AND p."id" = w."planId"
       WHERE w."tenantId" = ANY(${tenantIds}::text[]) AND p."year" = ${year}
       GROUP BY w."tenantId"`,
    prisma.$queryRaw<ReportRow[]>`
      SELECT r."tenantId", min(r."date") AS "date"
        FROM "WorkRecord" r
        JOIN "OrgUnit" u ON u."tenantId" = r."tenantId" AND u."id" = r."unitId" AND u."depth" = 0
       WHERE r."tenantId" = ANY(${tenantIds}::text[]) AND r."kind" = 'ANNUAL_RESPONSIBILITY_REPORT'
         AND r."date" >= ${yearStart}::date AND r."date" <= ${yearEnd}::date
         AND 'DISTRICT_COMMITTEE' = ANY(r."sentTo" || r."copiedTo")
       GROUP BY r."tenantId"`,
  ]);
  const itemsBy = new Map(items.map((r) => [r.tenantId, r]));
  const reportBy = new Map(reports.map((r) => [r.tenantId, r.date]));
  return tenants.map((tenant) => {
    const report = reportBy.get(tenant.id) ?? null;
    const row = itemsBy.get(tenant.id);
    return {
      tenant,
      year,
      asOf,
      rules: tally(entries.filter((e) => e.tenantId === tenant.id)),
      workItems: { total: row?.total ?? 0, done: row?.done ?? 0, overdue: row?.overdue ?? 0, cancelled: row?.cancelled ?? 0 },
      annualReportDate: report,
      annualReportOnTime: !!report && report.getTime() <= deadline.getTime(),
    };
  });
}
