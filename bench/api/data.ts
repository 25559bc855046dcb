/**
 * The benchmark's data: a synthetic bureau (src/demo/synthetic.ts: 30 × size party committees
 * of 8 branches each, so 271 units at 1× and 2,701 at 10×) in a district of its own, with the
 * year's plan and one work item per unit, one risk (with its first transition) per unit, the
 * records the committees' obligation rules count, and three accounts: the bureau secretary (first
 * responsible person of the whole bureau), a branch secretary (sees one branch) and a district role.
 */
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../src/db/client.js';
import { createSyntheticBureau } from '../../src/demo/synthetic.js';

export interface BenchData {
  units: number;
  year: number;
  asOf: string;
  tenantId: string;
  rootId: string;
  branchId: string;
  accounts: { secretary: string; branch: string; district: string };
}

export async function buildBenchData(prisma: PrismaClient, size: number, year: number): Promise<BenchData> {
  const label = `b${size}x${randomUUID().slice(0, 4)}`;
  const district = await prisma.district.create({ data: { code: `bench-${label}`, name: `基准区${label}` } });
  const bureau = await createSyntheticBureau(prisma, { districtId: district.id, committees: 30 * size, branchesPer: 8, label });
  const tenantId = bureau.tenantId;
  const units = await prisma.orgUnit.findMany({ where: { tenantId }, select: { id: true, kind: true, depth: true, sortOrder: true, parentId: true } });
  const secretaries = new Map((await prisma.post.findMany({ where: { tenantId, role: 'SECRETARY', endDate: null }, select: { unitId: true, personId: true } })).map((p) => [p.unitId, p.personId]));
  const secretaryOf = (unitId: string) => secretaries.get(unitId)!;
  // The first branch of the first committee.
  const firstCommittee = units.find((u) => u.depth === 1 && u.sortOrder === 0)!;
  const branch = units.find((u) => u.parentId === firstCommittee.id && u.sortOrder === 0)!;
  const branchAccount = await prisma.userAccount.create({
    data: { username: `bench-${label}-branch`, passwordHash: 'x', displayName: '支部书记', tenantId, personId: secretaryOf(branch.id) },
  });
  const districtAccount = await prisma.userAccount.create({
    data: { username: `bench-${label}-district`, passwordHash: 'x', displayName: '区委宣传部', districtId: district.id, districtRole: 'PROPAGANDA_DEPARTMENT' },
  });

  const plan = await prisma.annualPlan.create({ data: { tenantId, year, templateId: 'plan-2022', title: `${year}年意识形态工作计划` } });
  const day = (m: number, d: number) => new Date(Date.UTC(year, m - 1, d));
  await prisma.workItem.createMany({
    data: units.map((u, i) => {
      const done = i % 3 === 0;
      return {
        tenantId, planId: plan.id, templateTaskId: `plan-2022-${String((i % 17) + 1).padStart(2, '0')}`, unitId: u.id,
        responsiblePersonId: secretaryOf(u.id), title: `第${i + 1}项年度任务`, dueDate: day((i % 12) + 1, 10),
        status: done ? ('DONE' as const) : ('PLANNED' as const), completedAt: done ? day((i % 12) + 1, 5) : null,
      };
    }),
  });
  const reportedAt = new Date();
  const risks = units.map((u, i) => ({
    id: randomUUID(), tenantId, unitId: u.id, title: `第${i + 1}项风险隐患`, source: 'ONLINE' as const, mechanism: 'RISK_JUDGEMENT' as const,
    riskClass: 'IDEOLOGICAL_UNDERSTANDING' as const, severity: 'LOW' as const, responsiblePersonId: secretaryOf(u.id), reportedById: secretaryOf(u.id),
    // Reported 1–30 days ago, to be handled within 15 days: about half of them overdue.
    reportedAt: new Date(reportedAt.getTime() - ((i % 30) + 1) * 86_400_000 - i * 1000),
    handlingDeadline: new Date(reportedAt.getTime() + (14 - (i % 30)) * 86_400_000),
  }));
  // In one transaction: the database checks at COMMIT that every risk's stage has its transition row.
  await prisma.$transaction(async (tx) => {
    await tx.risk.createMany({ data: risks });
    await tx.riskTransition.createMany({
      data: risks.map((r) => ({ tenantId, riskId: r.id, unitId: r.unitId, toStage: 'MONITORED' as const, actorPersonId: r.reportedById, at: r.reportedAt })),
    });
  }, { timeout: 300_000, maxWait: 10_000 });
  // Records for the committees' rules: studies, analyses, a democratic life meeting, a duty report
  // by the secretary, and the bureau committee's annual report to the district.
  const committees = units.filter((u) => u.kind !== 'BRANCH');
  const records = committees.flatMap((u) => {
    const by = secretaryOf(u.id);
    const base = { tenantId, unitId: u.id, recordedById: by };
    return [
      { ...base, kind: 'COMMITTEE_STUDY' as const, date: day(3, 16), title: '专题研究意识形态工作' },
      { ...base, kind: 'COMMITTEE_STUDY' as const, date: day(8, 22), title: '专题研究意识形态领域风险防控' },
      { ...base, kind: 'PERIODIC_ANALYSIS' as const, date: day(6, 20), title: '上半年意识形态形势分析研判' },
      { ...base, kind: 'DEMOCRATIC_LIFE_MEETING' as const, date: day(1, 20), title: '民主生活会' },
      { ...base, kind: 'DUTY_REPORT' as const, date: day(11, 5), title: '述责述廉', personId: by },
    ];
  });
  records.push({
    tenantId, unitId: bureau.rootId, recordedById: secretaryOf(bureau.rootId), kind: 'ANNUAL_RESPONSIBILITY_REPORT' as never, date: day(11, 15),
    title: `${year}年关于贯彻落实意识形态工作责任制情况的报告`, sentTo: ['DISTRICT_COMMITTEE'], copiedTo: ['PROPAGANDA_DEPARTMENT'],
  } as never);
  await prisma.workRecord.createMany({ data: records.map((r) => ({ ...r, reportingYear: year, filedAt: r.date })) });
  // Fresh tables have no planner statistics until autovacuum gets to them; a bureau's database in
  // use has them. Both sides of the benchmark read the same analysed tables.
  await prisma.$executeRawUnsafe('ANALYZE');
  return {
    units: bureau.unitCount, year, asOf: `${year}-11-20`, tenantId, rootId: bureau.rootId, branchId: branch.id,
    accounts: { secretary: bureau.secretaryAccountId, branch: branchAccount.id, district: districtAccount.id },
  };
}
