import type { Tx } from '../db/transaction.js';
import type { RiskStage } from '../generated/prisma/enums.js';
import type { Prisma } from '../generated/prisma/client.js';
import { todayInChina } from '../lib/dates.js';
import { handlingDeadlineFor } from '../modules/risks/lifecycle.js';
import type { DemoOrg, SeededTenant } from './org.js';

/**
 * Demo risks (with their history, responses and rectification items), online channels with review
 * records, a zero report, and misconduct cases, dated relative to `now` so that "overdue" and
 * "registration due" mean something whenever the demo is loaded.
 */

const DAY = 86_400_000;

interface RiskSpec {
  tenant: 'bureau' | 'housing';
  unit: string;
  title: string;
  description: string;
  source: Prisma.RiskCreateManyInput['source'];
  mechanism: Prisma.RiskCreateManyInput['mechanism'];
  riskClass: Prisma.RiskCreateManyInput['riskClass'];
  severity: Prisma.RiskCreateManyInput['severity'];
  responsible: string;
  reporter: string;
  daysAgo: number;
  /** Moves after the report: [stage, days after the report, actor, note]. */
  moves: [RiskStage, number, string, string][];
  responses?: { channel: Prisma.RiskResponseCreateManyInput['channel']; daysAfter: number; content: string; by: string }[];
  rectifications?: { task: string; who: string; dueAfter: number; doneAfter?: number }[];
}

const RISKS: RiskSpec[] = [
  {
    tenant: 'bureau', unit: 'office.1', title: '网传大中镇征地补偿“暗箱操作”短视频',
    description: '抖音平台出现一条称大中镇某村征地补偿标准“暗箱操作”的短视频，播放量两天内超过3万次，评论区出现攻击基层党组织的言论。',
    source: 'ONLINE', mechanism: 'RISK_JUDGEMENT', riskClass: 'IDEOLOGICAL_UNDERSTANDING', severity: 'HIGH',
    responsible: '周立新', reporter: '顾建华', daysAgo: 48,
    moves: [
      ['ASSESSED', 0, '刘志华', '经研判，系对征地补偿政策理解偏差引发，存在舆情扩散风险'],
      ['WARNED', 1, '刘志华', '向局党委及大中自然资源所发出预警，协调区委网信办关注'],
      ['HANDLED', 2, '王建国', '联合大中镇政府公开补偿标准，约谈发布者，视频已删除'],
      ['CLOSED', 20, '王建国', '整改完成，舆情平息，销号'],
    ],
    responses: [{ channel: 'MEDIA', daysAfter: 2, by: '刘志华', content: '通过大丰区融媒体中心发布《大中镇征地补偿标准及程序政策解读》，澄清不实信息。' }],
    rectifications: [{ task: '在村务公开栏和“大丰自然资源”公众号公开征地补偿标准、程序和监督电话', who: '顾建华', dueAfter: 10, doneAfter: 8 }],
  },
  {
    tenant: 'bureau', unit: 'organs.b1', title: '个别党员在微信群转发歪曲党史的文章',
    description: '机关第一支部一名党员在同学微信群转发一篇歪曲党史的文章，被其他党员发现后报告支部。',
    source: 'INTERNAL', mechanism: 'PREVENTION_RESPONSIBILITY', riskClass: 'POLITICAL_PRINCIPLE', severity: 'MEDIUM',
    responsible: '黄磊', reporter: '徐婷', daysAgo: 12,
    moves: [
      ['ASSESSED', 1, '郑敏', '属于政治原则问题，须旗帜鲜明批驳'],
      ['WARNED', 1, '郑敏', '向机关党委、局党委预警'],
      ['HANDLED', 3, '陈刚', '支部书记对当事人谈话提醒，当事人已删除并作出说明'],
    ],
    responses: [{ channel: 'INTERNAL_NOTICE', daysAfter: 4, by: '郑敏', content: '机关党委在党内通报此事，重申党员网络言行纪律要求。' }],
    rectifications: [
      { task: '召开专题组织生活会，开展党史学习教育', who: '黄磊', dueAfter: 30 },
      { task: '排查支部党员所在微信群，签订网络言行承诺书', who: '徐婷', dueAfter: 20, doneAfter: 9 },
    ],
  },
  {
    tenant: 'bureau', unit: 'forestry', title: '林场改制传言引发职工思想波动',
    description: '有传言称大丰林场将整体改制、职工身份转换，部分职工思想波动，个别退休职工酝酿集体上访。',
    source: 'PUBLIC_OPINION', mechanism: 'DECISION_RISK_ASSESSMENT', riskClass: 'IDEOLOGICAL_UNDERSTANDING', severity: 'HIGH',
    responsible: '赵国强', reporter: '钱红', daysAgo: 10,
    moves: [
      ['ASSESSED', 1, '赵国强', '传言与林场改革方案征求意见稿有关，需做好政策解读'],
      ['WARNED', 2, '赵国强', '向局党委预警，建议召开职工座谈会'],
    ],
  },
  {
    tenant: 'bureau', unit: 'port', title: '围填海项目环评争议在微博发酵',
    description: '有微博大V质疑大丰港区围填海项目生态影响，相关话题阅读量快速上升，出现借机抹黑地方政府的评论。',
    source: 'ONLINE', mechanism: 'PREVENTION_COORDINATION', riskClass: 'IDEOLOGICAL_UNDERSTANDING', severity: 'CRITICAL',
    responsible: '孙伟', reporter: '袁媛', daysAgo: 0,
    moves: [['ASSESSED', 0, '刘志华', '会同区委网信办研判，话题仍在发酵']],
  },
  {
    tenant: 'bureau', unit: 'survey.branch', title: '学术研讨会上关于“问题地图”认定标准的不同观点',
    description: '测绘地理信息学术研讨会上，有专家对“问题地图”认定标准提出不同看法，有人担心被断章取义传播。',
    source: 'MAJOR_EVENT', mechanism: 'RISK_JUDGEMENT', riskClass: 'ACADEMIC_VIEWPOINT', severity: 'LOW',
    responsible: '唐海峰', reporter: '唐海峰', daysAgo: 30,
    moves: [['DISMISSED', 3, '刘志华', '经研判属正常学术讨论，未发现传播，不作为意识形态风险']],
  },
  {
    tenant: 'bureau', unit: 'office.3', title: '国土空间规划公示期间群众集中反映',
    description: '草堰镇国土空间规划公示期间，部分群众对村庄布点调整意见较多，需动态关注。',
    source: 'IMPORTANT_SITUATION', mechanism: 'RISK_JUDGEMENT', riskClass: 'IDEOLOGICAL_UNDERSTANDING', severity: 'MEDIUM',
    responsible: '陆永军', reporter: '陆永军', daysAgo: 2, moves: [],
  },
  {
    tenant: 'housing', unit: 'archive', title: '城建档案查询服务差评在本地论坛传播',
    description: '本地论坛出现对城建档案查询“推诿扯皮”的帖子，跟帖情绪化。',
    source: 'ONLINE', mechanism: 'RISK_JUDGEMENT', riskClass: 'IDEOLOGICAL_UNDERSTANDING', severity: 'LOW',
    responsible: '姚远', reporter: '姚远', daysAgo: 5, moves: [],
  },
];

function must(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`seed: unknown ${what} ${key}`);
  return id;
}

async function seedRiskRegister(tx: Tx, org: DemoOrg, now: Date) {
  const today = todayInChina(now);
  const accounts = await tx.userAccount.findMany({ where: { personId: { not: null } }, select: { id: true, personId: true } });
  const accountOf = new Map(accounts.map((a) => [a.personId!, a.id]));
  for (const spec of RISKS) {
    const tenant: SeededTenant = org[spec.tenant];
    const person = (name: string) => must(tenant.people, name, 'person');
    const unitId = must(tenant.units, spec.unit, 'unit');
    const reportedAt = new Date(now.getTime() - spec.daysAgo * DAY);
    const reportDay = todayInChina(reportedAt);
    const at = (days: number) => new Date(Math.min(reportedAt.getTime() + days * DAY + 3600_000, now.getTime()));
    const risk = await tx.risk.create({
      data: {
        tenantId: tenant.tenantId, unitId, title: spec.title, description: spec.description, source: spec.source,
        mechanism: spec.mechanism, riskClass: spec.riskClass, severity: spec.severity,
        responsiblePersonId: person(spec.responsible), reportedById: person(spec.reporter), reportedAt,
        handlingDeadline: handlingDeadlineFor(spec.severity, reportDay),
      },
    });
    const base = { tenantId: tenant.tenantId, riskId: risk.id, unitId };
    await tx.riskTransition.create({
      data: { ...base, fromStage: null, toStage: 'MONITORED', actorPersonId: person(spec.reporter), actorAccountId: accountOf.get(person(spec.reporter)) ?? null, at: reportedAt, note: '报告 (reported)' },
    });
    let stage: RiskStage = 'MONITORED';
    for (const [to, days, actor, note] of spec.moves) {
      await tx.risk.update({
        where: { id: risk.id },
        data: {
          stage: to,
          ...(to === 'HANDLED' ? { handledAt: at(days) } : {}),
          ...(to === 'CLOSED' || to === 'DISMISSED' ? { closedAt: at(days), closeReason: note } : {}),
        },
      });
      await tx.riskTransition.create({
        data: { ...base, fromStage: stage, toStage: to, actorPersonId: person(actor), actorAccountId: accountOf.get(person(actor)) ?? null, at: at(days), note },
      });
      stage = to;
    }
    for (const r of spec.responses ?? []) {
      await tx.riskResponse.create({
        data: { ...base, channel: r.channel, respondedOn: new Date(Math.min(reportDay.getTime() + r.daysAfter * DAY, today.getTime())), content: r.content, recordedById: person(r.by) },
      });
    }
    for (const r of spec.rectifications ?? []) {
      await tx.rectification.create({
        data: {
          ...base, task: r.task, responsiblePersonId: person(r.who), dueOn: new Date(reportDay.getTime() + r.dueAfter * DAY),
          doneOn: r.doneAfter === undefined ? null : new Date(Math.min(reportDay.getTime() + r.doneAfter * DAY, today.getTime())),
        },
      });
    }
  }
}

async function seedChannels(tx: Tx, org: DemoOrg, now: Date) {
  const today = todayInChina(now);
  const { bureau } = org;
  const person = (name: string) => must(bureau.people, name, 'person');
  const unit = (key: string) => must(bureau.units, key, 'unit');
  const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const daysAgo = (n: number) => new Date(today.getTime() - n * DAY);
  const channels = [
    // The bureau's WeChat official account is run by its 办公室 (a 科室, 三9).
    { ownerUnitId: unit('dept.office'), kind: 'WECHAT_OFFICIAL' as const, name: '大丰自然资源', account: '微信号：dfzrzy', responsiblePersonId: person('刘志华'), reviewerPersonId: person('李明'), launchedOn: d('2018-04-16'), registeredOn: d('2018-05-03') },
    { ownerUnitId: unit('bureau'), kind: 'WEBSITE' as const, name: '盐城市大丰区自然资源和规划局门户网站', account: 'http://zrzy.dafeng.gov.cn', responsiblePersonId: person('李明'), reviewerPersonId: person('刘志华'), launchedOn: d('2016-09-01'), registeredOn: d('2016-09-20') },
    { ownerUnitId: unit('forestry'), kind: 'SHORT_VIDEO' as const, name: '大丰林场', account: '抖音号：dflc1958', responsiblePersonId: person('何静'), reviewerPersonId: person('钱红'), launchedOn: daysAgo(45), registeredOn: null },
    { ownerUnitId: unit('bureau'), kind: 'WEIBO' as const, name: '@大丰自然资源', account: 'https://weibo.com/dfzrzy', responsiblePersonId: person('刘志华'), reviewerPersonId: person('李明'), launchedOn: d('2015-06-01'), registeredOn: d('2015-08-10'), status: 'DORMANT' as const },
  ];
  const rows = await tx.onlineChannel.createManyAndReturn({ data: channels.map((c) => ({ ...c, tenantId: bureau.tenantId })) });
  const byName = new Map(rows.map((r) => [r.name, r]));
  const review = (name: string, daysBack: number, reviewer: string, result: 'PASSED' | 'ISSUES_FOUND', findings: string | null) => {
    const c = byName.get(name)!;
    return { tenantId: bureau.tenantId, channelId: c.id, ownerUnitId: c.ownerUnitId, reviewedOn: daysAgo(daysBack), reviewerPersonId: person(reviewer), result, findings };
  };
  await tx.channelReview.createMany({
    data: [
      review('大丰自然资源', 60, '李明', 'PASSED', null),
      review('大丰自然资源', 30, '李明', 'ISSUES_FOUND', '一篇推文所附规划示意图未标注审图号，已撤回并按规范重新发布。'),
      review('大丰自然资源', 3, '李明', 'PASSED', null),
      review('盐城市大丰区自然资源和规划局门户网站', 20, '刘志华', 'PASSED', null),
      review('大丰林场', 10, '钱红', 'ISSUES_FOUND', '两条短视频背景音乐版权不明，已下架；提醒尽快向区委网信办备案。'),
    ],
  });
  // 大中自然资源所 runs no channel of its own: its zero report for the last full quarter.
  const quarter = Math.floor(today.getUTCMonth() / 3);
  const period = quarter === 0 ? `${today.getUTCFullYear() - 1}-Q4` : `${today.getUTCFullYear()}-Q${quarter}`;
  await tx.channelZeroReport.create({
    data: { tenantId: bureau.tenantId, unitId: unit('office.1'), period, filedById: person('顾建华'), filedAt: now, note: '本所未开设网站、公众号、微博及短视频账号。' },
  });
}

async function seedMisconduct(tx: Tx, org: DemoOrg, now: Date) {
  const today = todayInChina(now);
  const { bureau } = org;
  const person = (name: string) => must(bureau.people, name, 'person');
  const daysAgo = (n: number) => new Date(today.getTime() - n * DAY);
  const district = await tx.district.findUniqueOrThrow({ where: { id: org.districtId } });
  await tx.misconductCase.create({
    data: {
      tenantId: bureau.tenantId, unitId: must(bureau.units, 'organs.b1', 'unit'), personId: person('马超'),
      venue: 'INTERNET', misconductClass: 'DISPARAGING_POLICY', occurredOn: daysAgo(40),
      summary: '在个人微信朋友圈多次转发并评论非议耕地保护“进出平衡”政策的不实信息，经提醒后仍未删除，造成不良影响。',
      recordedById: person('刘志华'),
      referredOn: daysAgo(33), referredToDistrictId: district.id, referredToBody: '盐城市大丰区纪委监委',
      referenceNumber: `大自然资党〔${today.getUTCFullYear()}〕17号`,
    },
  });
  await tx.misconductCase.create({
    data: {
      tenantId: bureau.tenantId, unitId: must(bureau.units, 'office.7', 'unit'), personId: person('殷文杰'),
      venue: 'LECTURE_FORUM', misconductClass: 'POLITICAL_RUMOUR', occurredOn: daysAgo(6),
      summary: '在乡镇干部培训班授课时转述未经核实的涉政传闻，正在核实情况。',
      recordedById: person('刘志华'),
    },
  });
}

export async function seedRisks(tx: Tx, org: DemoOrg, now: Date): Promise<void> {
  await seedRiskRegister(tx, org, now);
  await seedChannels(tx, org, now);
  await seedMisconduct(tx, org, now);
}
