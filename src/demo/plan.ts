import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/transaction.js';
import type { DistrictRole, WorkItemStatus, WorkRecordKind } from '../generated/prisma/enums.js';
import { todayInChina } from '../lib/dates.js';
import { carryOverUnfinished } from '../modules/plan/service.js';
import type { DemoOrg, SeededTenant } from './org.js';

/**
 * Demo plan data (each bureau got the 2022 plan's obligation rules when it was created), a story
 * over two years (docs/years.md): last year is closed — the natural-resources bureau's plan of
 * last year left one item unfinished, carried into this year's plan (转入下一年度, linked both ways),
 * and its internal briefing of last year was only filed in January after the follow-up reminders
 * (所属年度 last year: LATE); the housing bureau's annual report of last year was sent after
 * 10 December (LATE). This year is in progress: the plan decomposed into work items across the
 * units (some done, some under way, one late) and the ledger up to today.
 */

interface ItemSpec { task: number; unit: string; person: string; title: string; due: string; status: WorkItemStatus; note?: string; pending?: boolean }
interface RecordSpec {
  unit: string; kind: WorkRecordKind; date: string; title: string; summary: string; participants?: string[]; sentTo?: DistrictRole[]; copiedTo?: DistrictRole[]; other?: string; person?: string;
  /** Only in this year's ledger (last year's was missed). */
  thisYearOnly?: boolean;
  /** Dated and filed this year, for last year (所属年度: a late record after the follow-up). */
  forPreviousYear?: boolean;
}

const BUREAU_ITEMS: ItemSpec[] = [
  { task: 2, unit: 'bureau', person: '刘志华', title: '制定局党委理论学习中心组年度学习计划', due: '02-28', status: 'DONE', note: '学习计划已经局党委会审议通过并印发。' },
  { task: 5, unit: 'bureau', person: '刘志华', title: '上半年局党委专题研究意识形态工作', due: '06-30', status: 'DONE' },
  { task: 5, unit: 'bureau', person: '刘志华', title: '下半年局党委专题研究意识形态工作', due: '11-30', status: 'PLANNED' },
  { task: 6, unit: 'bureau', person: '刘志华', title: '开展意识形态领域风险排查和分析研判', due: '07-31', status: 'IN_PROGRESS', note: '已完成各自然资源所风险排查，正在汇总研判。' },
  { task: 8, unit: 'organs', person: '郑敏', title: '调整充实机关党委意识形态工作领导小组', due: '03-31', status: 'DONE' },
  { task: 9, unit: 'organs.b1', person: '徐婷', title: '机关第一支部"三会一课"专题学习意识形态工作要求', due: '05-31', status: 'DONE' },
  // 待确认: marked done by its own responsible person, waiting for a leader of the unit (issue 21 item 8).
  { task: 9, unit: 'organs.b1', person: '徐婷', title: '机关第一支部意识形态阵地排查登记', due: '06-30', status: 'DONE', pending: true, note: '已完成支部宣传栏、学习室排查登记，待机关党委确认。' },
  { task: 12, unit: 'registry.branch', person: '梁文静', title: '不动产登记中心政务新媒体账号内容审核制度修订', due: '04-30', status: 'IN_PROGRESS' },
  { task: 4, unit: 'forestry', person: '钱红', title: '林场党委开展理想信念教育主题党日活动', due: '09-30', status: 'PLANNED' },
  { task: 15, unit: 'bureau', person: '王建国', title: '领导班子成员联系测绘、规划领域专家学者', due: '10-31', status: 'PLANNED' },
  { task: 17, unit: 'dept.publicity', person: '刘志华', title: '组织宣传思想干部参加区委宣传部业务培训', due: '08-31', status: 'PLANNED' },
  { task: 7, unit: 'office.1.branch', person: '顾建华', title: '大中自然资源所征地拆迁舆情动态监测', due: '06-15', status: 'IN_PROGRESS' },
];

/** Last year's plan of the natural-resources bureau: the unfinished item is carried into this year's. */
const BUREAU_PREVIOUS_ITEMS: ItemSpec[] = [
  { task: 2, unit: 'bureau', person: '刘志华', title: '制定局党委理论学习中心组年度学习计划', due: '02-28', status: 'DONE' },
  { task: 5, unit: 'bureau', person: '刘志华', title: '局党委专题研究意识形态工作', due: '11-30', status: 'DONE' },
  { task: 10, unit: 'bureau', person: '刘志华', title: '制定意识形态工作责任制考核细则', due: '12-20', status: 'PLANNED' },
];

const HOUSING_ITEMS: ItemSpec[] = [
  { task: 5, unit: 'bureau', person: '何春燕', title: '局党委专题研究意识形态工作', due: '06-30', status: 'DONE' },
  { task: 12, unit: 'archive.branch', person: '姚远', title: '城建档案馆门户网站信息发布审核', due: '05-31', status: 'IN_PROGRESS' },
  { task: 6, unit: 'bureau', person: '何春燕', title: '在党内通报意识形态领域情况', due: '09-30', status: 'PLANNED' },
];

/** This year's and last year's ledger; `y` is replaced by the year. Only dates up to today are loaded. */
function bureauRecords(): RecordSpec[] {
  return [
    { unit: 'bureau', kind: 'COMMITTEE_STUDY', date: 'y-03-16', title: '局党委会专题研究意识形态工作', summary: '传达学习上级关于意识形态工作的部署要求，研究部署本年度意识形态工作任务分解。', participants: ['王建国', '刘志华', '张海涛', '李明', '周立新', '吴丽', '孙伟'] },
    { unit: 'bureau', kind: 'COMMITTEE_STUDY', date: 'y-08-22', title: '局党委会专题研究意识形态领域风险防控', summary: '听取上半年意识形态工作情况汇报，研究网络舆情应对和风险防控措施。', participants: ['王建国', '刘志华', '张海涛', '李明', '周立新', '吴丽'] },
    { unit: 'bureau', kind: 'PERIODIC_ANALYSIS', date: 'y-04-12', title: '一季度意识形态领域形势分析研判会', summary: '分析征地拆迁、不动产登记窗口服务等领域的苗头性倾向性问题。', participants: ['刘志华', '李明', '周立新', '吴丽'] },
    { unit: 'bureau', kind: 'PERIODIC_ANALYSIS', date: 'y-10-18', title: '三季度意识形态领域形势分析研判会', summary: '研判自然资源执法领域舆情风险，明确处置责任。', participants: ['刘志华', '吴丽', '孙伟'] },
    { unit: 'bureau', kind: 'INTERNAL_BRIEFING', date: 'y-07-05', title: '关于上半年意识形态领域情况的通报', summary: '在全局党员干部大会上通报上半年意识形态领域总体情况。', participants: ['王建国', '刘志华'], thisYearOnly: true },
    // Last year's briefing was missed; after the follow-up reminders it was held and filed in January, for last year.
    { unit: 'bureau', kind: 'INTERNAL_BRIEFING', date: 'y-01-12', title: '关于上年度意识形态领域情况的通报（补报）', summary: '经逾期提醒督办，补开党员干部大会通报上年度意识形态领域总体情况，所属年度为上年度。', participants: ['王建国', '刘志华'], forPreviousYear: true },
    { unit: 'bureau', kind: 'SPECIAL_REPORT', date: 'y-07-20', title: '关于上半年意识形态工作情况的专题汇报', summary: '向区委专题汇报上半年意识形态工作开展情况。', sentTo: ['DISTRICT_COMMITTEE'], copiedTo: ['PROPAGANDA_DEPARTMENT'] },
    // The INSPECTION record is 区委宣传部's own (recordInspection, src/demo/district.ts).
    { unit: 'bureau', kind: 'ANNUAL_RESPONSIBILITY_REPORT', date: 'y-12-06', title: '关于贯彻落实意识形态工作责任制情况的报告', summary: '报告全年落实意识形态工作责任制情况、存在问题和下一步打算。', sentTo: ['DISTRICT_COMMITTEE'], copiedTo: ['PROPAGANDA_DEPARTMENT'] },
    { unit: 'bureau', kind: 'DEMOCRATIC_LIFE_MEETING', date: 'y-01-26', title: '局领导班子年度民主生活会', summary: '班子成员围绕落实意识形态工作责任制开展批评和自我批评。', participants: ['王建国', '刘志华', '张海涛', '李明', '周立新', '吴丽', '孙伟'] },
    // 四(二): each team member's own duty report; two members have not filed theirs (compliance names them).
    ...['王建国', '刘志华', '张海涛', '李明', '周立新'].map((name): RecordSpec => ({
      unit: 'bureau', kind: 'DUTY_REPORT', date: 'y-01-20', person: name, title: `${name}述职述责报告`,
      summary: '述职报告专章报告履行意识形态工作"一岗双责"情况。',
    })),
    { unit: 'forestry', kind: 'PERIODIC_ANALYSIS', date: 'y-05-09', title: '林场党委意识形态工作形势分析会', summary: '分析林场职工思想动态和生态旅游旺季网络舆情风险。', participants: ['赵国强', '钱红', '冯军', '何静'] },
    { unit: 'organs', kind: 'ORGANISATION_LIFE_MEETING', date: 'y-02-07', title: '机关党委班子组织生活会', summary: '对照意识形态工作责任制要求查摆问题。', participants: ['陈刚', '郑敏', '王芳', '杨帆'] },
  ];
}

function housingRecords(): RecordSpec[] {
  return [
    { unit: 'bureau', kind: 'COMMITTEE_STUDY', date: 'y-04-08', title: '局党委会专题研究意识形态工作', summary: '研究部署住建系统意识形态工作。', participants: ['许国庆', '何春燕', '吕军'] },
    { unit: 'bureau', kind: 'ANNUAL_RESPONSIBILITY_REPORT', date: 'y-12-15', title: '关于意识形态工作责任制落实情况的报告', summary: '报告全年意识形态工作责任制落实情况。', sentTo: ['DISTRICT_COMMITTEE'], copiedTo: ['PROPAGANDA_DEPARTMENT'] },
  ];
}

async function seedTenantPlan(tx: Tx, tenant: SeededTenant, items: ItemSpec[], records: RecordSpec[], now: Date, previousItems: ItemSpec[] = []) {
  const today = todayInChina(now);
  const year = today.getUTCFullYear();
  const unit = (key: string) => tenant.units.get(key)!;
  const person = (name: string) => tenant.people.get(name)!;
  const date = (y: number, md: string) => new Date(`${y}-${md}T00:00:00Z`);
  const planFor = async (y: number, specs: ItemSpec[]) => {
    const plan = await tx.annualPlan.create({
      data: { tenantId: tenant.tenantId, year: y, templateId: 'plan-2022', title: `${y}年度意识形态工作任务细化分解` },
    });
    const rows = specs.map((i) => {
      const due = date(y, i.due);
      // Statuses are as listed: which open items are late depends on today (overdue is derived).
      return {
        id: randomUUID(), tenantId: tenant.tenantId, planId: plan.id, templateTaskId: `plan-2022-${String(i.task).padStart(2, '0')}`,
        unitId: unit(i.unit), responsiblePersonId: person(i.person), title: i.title, description: '', dueDate: due, status: i.status,
        completedAt: i.status === 'DONE' ? new Date(Math.min(due.getTime(), now.getTime())) : null,
        pendingConfirmation: i.pending ?? false,
      };
    });
    await tx.workItem.createMany({ data: rows });
    await tx.workItemNote.createMany({
      data: specs.flatMap((i, n) => (i.note ? [{ tenantId: tenant.tenantId, workItemId: rows[n]!.id, unitId: rows[n]!.unitId, authorPersonId: rows[n]!.responsiblePersonId, text: i.note }] : [])),
    });
    return plan;
  };
  if (previousItems.length) await planFor(year - 1, previousItems);
  const plan = await planFor(year, items);
  // 转入下一年度: last year's unfinished items continue in this year's plan, as createAnnualPlan(carryOverUnfinished) does.
  if (previousItems.length) await carryOverUnfinished(tx, plan, now);
  const recorder = [...tenant.people.values()][1]!;
  const ledger = [year - 1, year].flatMap((y) =>
    records
      .filter((r) => (r.forPreviousYear ? y === year : !(r.thisYearOnly && y < year)))
      .map((r) => ({ ...r, on: date(y, r.date.slice(2)), reportingYear: r.forPreviousYear ? y - 1 : y }))
      .filter((r) => r.on.getTime() <= today.getTime())
      .map((r) => ({
        tenantId: tenant.tenantId, unitId: unit(r.unit), kind: r.kind, date: r.on, reportingYear: r.reportingYear,
        // Filed the same day, at 10:00 China time (not after now).
        filedAt: new Date(Math.min(r.on.getTime() + 2 * 3_600_000, now.getTime())), title: `${r.reportingYear}年${r.title}`, summary: r.summary,
        participants: r.participants ?? [], sentTo: r.sentTo ?? [], copiedTo: r.copiedTo ?? [], otherRecipients: r.other ?? null, recordedById: recorder,
        personId: r.person ? person(r.person) : null,
      })),
  );
  await tx.workRecord.createMany({ data: ledger });
}

export async function seedPlan(tx: Tx, org: DemoOrg, now: Date): Promise<void> {
  await seedTenantPlan(tx, org.bureau, BUREAU_ITEMS, bureauRecords(), now, BUREAU_PREVIOUS_ITEMS);
  await seedTenantPlan(tx, org.housing, HOUSING_ITEMS, housingRecords(), now);
}
