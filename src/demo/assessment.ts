import { Prisma } from '../generated/prisma/client.js';
import type { AssessmentGrade, IntellectualSector, LiaisonForm, TrainingClass, TrainingLayer } from '../generated/prisma/enums.js';
import { manualValues, openAssessments, recompute } from '../modules/assessment/service.js';
import { createDefaultIndicatorSet, DEFAULT_INDICATORS } from '../modules/assessment/defaults.js';
import type { Tx } from '../db/transaction.js';
import type { DemoOrg } from './org.js';

/**
 * Demo records of liaison, training, assessment and accountability for the natural-resources
 * bureau: 2025 (a finished round, mostly final) and 2026 (in progress). Intellectuals and their
 * affiliations are invented but typical of Dafeng and Yancheng.
 */

const day = (d: string) => new Date(`${d}T00:00:00Z`);

const CONTACTS: { unit: string; leader: string; sector: IntellectualSector; date: string; form: LiaisonForm; name: string; affiliation: string; notes: string }[] = [
  { unit: 'bureau', leader: '刘志华', sector: 'SOCIAL_SCIENCE_THEORY', date: '2025-03-12', form: 'SYMPOSIUM', name: '陈立明', affiliation: '盐城师范学院马克思主义学院', notes: '座谈国土空间规划中的生态文明理念宣传，听取对局宣传工作的意见建议。' },
  { unit: 'bureau', leader: '刘志华', sector: 'NEWS_PUBLISHING', date: '2025-05-20', form: 'VISIT', name: '周晓燕', affiliation: '大丰日报社', notes: '走访报社，沟通耕地保护专题报道选题和涉自然资源舆情信息通报机制。' },
  { unit: 'bureau', leader: '王建国', sector: 'EDUCATION_SCIENCE', date: '2025-07-09', form: 'CONSULTATION', name: '孙建军', affiliation: '南京大学地理与海洋科学学院', notes: '就条子泥湿地生态修复项目听取专家意见，介绍意识形态工作责任制落实情况。' },
  { unit: 'bureau', leader: '张海涛', sector: 'LITERATURE_ART', date: '2025-08-15', form: 'VISIT', name: '顾秋生', affiliation: '大丰区作家协会', notes: '陪同作家赴林场、麋鹿保护区采风，交流生态文学创作的正确导向。' },
  { unit: 'forestry', leader: '赵国强', sector: 'RADIO_FILM_TV', date: '2025-10-11', form: 'JOINT_ACTIVITY', name: '王海鹰', affiliation: '大丰区融媒体中心', notes: '联合拍摄林场护林员专题片，审看脚本。' },
  { unit: 'forestry', leader: '钱红', sector: 'NEW_ARTS_GROUPS', date: '2025-04-22', form: 'SYMPOSIUM', name: '蒋梦', affiliation: '大丰麋鹿文化摄影协会', notes: '座谈摄影作品发布中的导向把关和生态保护宣传合作。' },
  { unit: 'organs', leader: '陈刚', sector: 'NON_PARTY_INTELLECTUALS', date: '2025-06-30', form: 'HEART_TO_HEART_TALK', name: '吴志远', affiliation: '九三学社大丰区基层委员会（区测绘院高级工程师）', notes: '谈心谈话，了解思想动态，邀请参加规划成果论证。' },
  { unit: 'organs', leader: '郑敏', sector: 'NEW_ECONOMIC_ORGANISATIONS', date: '2025-09-03', form: 'SYMPOSIUM', name: '李卫东', affiliation: '江苏大丰港建设开发有限公司', notes: '座谈港区企业技术人员思想状况和用地政策宣传。' },
  { unit: 'organs', leader: '郑敏', sector: 'NEW_SOCIAL_ORGANISATIONS', date: '2025-11-19', form: 'VISIT', name: '徐静', affiliation: '大丰区规划设计行业协会', notes: '走访协会，沟通行业从业人员政治引领和分类培训安排。' },
  { unit: 'bureau', leader: '刘志华', sector: 'SOCIAL_SCIENCE_THEORY', date: '2026-02-26', form: 'SYMPOSIUM', name: '陈立明', affiliation: '盐城师范学院马克思主义学院', notes: '研讨2026年度理论学习中心组专题学习安排。' },
  { unit: 'bureau', leader: '王建国', sector: 'NEWS_PUBLISHING', date: '2026-04-10', form: 'VISIT', name: '周晓燕', affiliation: '大丰日报社', notes: '沟通"世界地球日"主题宣传报道。' },
  { unit: 'forestry', leader: '赵国强', sector: 'LITERATURE_ART', date: '2026-05-18', form: 'JOINT_ACTIVITY', name: '朱红梅', affiliation: '大丰区文学艺术界联合会', notes: '联合举办"绿色林场"书画展，审核参展作品。' },
  { unit: 'organs', leader: '陈刚', sector: 'EDUCATION_SCIENCE', date: '2026-06-06', form: 'CONSULTATION', name: '杨志刚', affiliation: '盐城工学院土木工程学院', notes: '咨询不动产测绘技术规范宣传材料的表述。' },
];

const TRAININGS: { unit: string; course: string; organiser: string; date: string; hours: string; layer: TrainingLayer; cls: TrainingClass; people: string[] }[] = [
  { unit: 'bureau', course: '意识形态工作专题培训班', organiser: '中共盐城市大丰区委宣传部', date: '2025-04-18', hours: '6.00', layer: 'LEADERSHIP', cls: 'IDEOLOGICAL_WORK', people: ['王建国', '刘志华', '张海涛', '李明', '周立新', '吴丽', '孙伟'] },
  { unit: 'organs', course: '宣传思想文化干部"四力"提升培训', organiser: '局机关党委', date: '2025-06-12', hours: '8.00', layer: 'PROPAGANDA_CADRE', cls: 'PROFESSIONAL_SKILLS', people: ['郑敏', '徐婷', '杨帆', '林晓'] },
  { unit: 'bureau', course: '网络意识形态安全与舆情应对培训', organiser: '中共盐城市大丰区委网信办', date: '2025-09-20', hours: '4.00', layer: 'MIDDLE_CADRE', cls: 'NETWORK_SECURITY', people: ['顾建华', '葛春梅', '陆永军', '施红兵', '卞晓东', '梁文静', '宋志强'] },
  { unit: 'forestry', course: '林场党员冬训暨党的创新理论学习班', organiser: '大丰林场党委', date: '2025-11-08', hours: '12.00', layer: 'PARTY_MEMBER', cls: 'POLITICAL_THEORY', people: ['赵国强', '钱红', '冯军', '何静', '蒋涛', '沈丽萍', '韩德福'] },
  { unit: 'bureau', course: '2026年度意识形态工作专题培训班', organiser: '中共盐城市大丰区自然资源和规划局委员会', date: '2026-03-15', hours: '6.00', layer: 'LEADERSHIP', cls: 'IDEOLOGICAL_WORK', people: ['王建国', '刘志华', '张海涛', '李明', '周立新', '吴丽', '孙伟', '赵国强', '陈刚'] },
  { unit: 'organs', course: '新闻宣传与政务信息写作培训', organiser: '局机关党委', date: '2026-05-22', hours: '4.00', layer: 'PROPAGANDA_CADRE', cls: 'NEWS_PROPAGANDA', people: ['郑敏', '徐婷', '马超'] },
];

/**
 * 2025's set, from before the ledger, the plan and the risk register recorded what 2026 derives;
 * 2026's is the default set every bureau gets (src/modules/assessment/defaults.ts).
 */
function indicators2025() {
  return [
    ...DEFAULT_INDICATORS.filter((d) => d.scoring === 'MANUAL'),
    { code: 'TRAINING', name: '教育培训学时 (年度培训学时，满60学时得满分)', weight: '15', scoring: 'DERIVED' as const, source: 'TRAINING_HOURS', target: '60' },
    { code: 'LIAISON', name: '联系知识分子 (年度联系6次得满分)', weight: '10', scoring: 'DERIVED' as const, source: 'LIAISON_CONTACTS', target: '6' },
    { code: 'COVERAGE', name: '责任全覆盖 (一岗双责覆盖下级单位比例)', weight: '15', scoring: 'DERIVED' as const, source: 'DUTY_COVERAGE', target: '100' },
    { code: 'RATING', name: '干部职工评议 (评议平均分占量表比例)', weight: '15', scoring: 'DERIVED' as const, source: 'STAFF_RATING', target: '100' },
  ];
}

export interface DemoAssessment {
  /** Assessment ids by `${year}:${unitKey}` or `${year}:${unitKey}:${personName}`. */
  assessments: Map<string, string>;
}

export async function seedAssessment(tx: Tx, org: DemoOrg, _now: Date): Promise<DemoAssessment> {
  const { tenantId, units, people } = org.bureau;
  const unit = (key: string) => units.get(key)!;
  const person = (name: string) => people.get(name)!;
  const assessor = person('刘志华');

  await tx.liaisonContact.createMany({
    data: CONTACTS.map((c) => ({
      tenantId, unitId: unit(c.unit), leaderPersonId: person(c.leader), sector: c.sector, date: day(c.date), form: c.form,
      contactName: c.name, contactAffiliation: c.affiliation, notes: c.notes,
    })),
  });
  for (const t of TRAININGS) {
    await tx.trainingRecord.create({
      data: {
        tenantId, unitId: unit(t.unit), course: t.course, organiser: t.organiser, date: day(t.date), hours: new Prisma.Decimal(t.hours),
        layer: t.layer, class: t.cls, participants: { createMany: { data: t.people.map((p) => ({ personId: person(p), hours: new Prisma.Decimal(t.hours) })) } },
      },
    });
  }

  // 2025: the bureau's own set (局内考核, for its units below the committee) and the district's set for the
  // bureau committee's team and its members (局领导班子及成员考核), defined by 区委组织部 (issue 21 item 4).
  const definitions2025 = () => indicators2025().map((d, i) => ({ ...d, source: d.source ?? null, weight: new Prisma.Decimal(d.weight), target: new Prisma.Decimal(d.target), sortOrder: i + 1 }));
  await tx.indicatorSet.create({
    data: {
      tenantId, year: 2025, version: 1, purpose: 'INTERNAL', ratingScaleMin: new Prisma.Decimal('0'), ratingScaleMax: new Prisma.Decimal('100'), createdById: assessor,
      definitions: { createMany: { data: definitions2025() } },
    },
  });
  await tx.indicatorSet.create({
    data: {
      tenantId, year: 2025, version: 1, purpose: 'BUREAU_TEAM', ratingScaleMin: new Prisma.Decimal('0'), ratingScaleMax: new Prisma.Decimal('100'),
      definedByRole: 'ORGANISATION_DEPARTMENT', definitions: { createMany: { data: definitions2025() } },
    },
  });
  // The bureau got the default sets of the year it was created in; 2026's round uses them.
  for (const purpose of ['INTERNAL', 'BUREAU_TEAM'] as const) {
    if (!(await tx.indicatorSet.findFirst({ where: { tenantId, purpose, year: 2026 }, select: { id: true } }))) {
      await createDefaultIndicatorSet(tx, tenantId, 2026, purpose);
    }
  }

  // 2025: the round over every unit under the bureau committee, and two team members.
  const round2025 = ['forestry', 'organs', ...Array.from({ length: 10 }, (_, i) => `office.${i + 1}`), 'port', 'east', 'registry', 'landreserve', 'survey'];
  const opened = await openAssessments(tx, tenantId, assessor, 2025, [
    ...round2025.map((k) => ({ unitId: unit(k), personId: null })),
    { unitId: unit('bureau'), personId: person('张海涛') },
    { unitId: unit('bureau'), personId: person('周立新') },
  ]);
  const key = (a: { unitId: string; personId: string | null; year: number }) => {
    const u = [...units].find(([, id]) => id === a.unitId)![0];
    const p = a.personId ? [...people].find(([, id]) => id === a.personId)![0] : null;
    return p ? `${a.year}:${u}:${p}` : `${a.year}:${u}`;
  };
  const ids = new Map(opened.map((a) => [key(a), a.id]));

  const ratings: Record<string, [string, string][]> = {
    '2025:forestry': [['钱红', '92'], ['冯军', '95'], ['何静', '90'], ['张海涛', '93']],
    '2025:organs': [['郑敏', '88'], ['王芳', '85'], ['杨帆', '86'], ['李明', '84']],
    '2025:office.1': [['周立新', '80'], ['顾建华', '78']],
    '2025:office.2': [['周立新', '86'], ['葛春梅', '88']],
    '2025:port': [['孙伟', '82'], ['曹振宇', '85'], ['袁媛', '83']],
    '2025:registry': [['李明', '72'], ['梁文静', '75']],
    '2025:bureau:张海涛': [['李明', '90'], ['周立新', '88'], ['吴丽', '91'], ['孙伟', '89']],
  };
  // 干部职工评议 rounds: opened by the body that assesses (the bureau committee inside the bureau, 区委
  // for the bureau's own team), rated while open, closed before the grades were given.
  for (const [k, rs] of Object.entries(ratings)) {
    const [, unitKey] = k.split(':');
    const round = await tx.ratingRound.upsert({
      where: { tenantId_unitId_year: { tenantId, unitId: unit(unitKey!), year: 2025 } },
      create: { tenantId, unitId: unit(unitKey!), year: 2025, openedAt: day('2025-12-01'), ...(unitKey === 'bureau' ? { openedByRole: 'DISTRICT_COMMITTEE' as const } : { openedById: assessor }) },
      update: {},
    });
    await tx.assessmentRating.createMany({
      data: rs.map(([rater, score]) => ({ tenantId, roundId: round.id, assessmentId: ids.get(k)!, raterPersonId: person(rater), score: new Prisma.Decimal(score) })),
    });
  }
  await tx.ratingRound.updateMany({ where: { tenantId, year: 2025 }, data: { status: 'CLOSED', closedAt: day('2026-01-10') } });

  const manual: Record<string, [string, string, string, AssessmentGrade | null]> = {
    '2025:forestry': ['15', '14', '14.5', 'EXCELLENT'],
    '2025:organs': ['14', '13.5', '13', 'GOOD'],
    '2025:office.1': ['12', '12', '11', 'FAIR'],
    '2025:office.2': ['13', '12.5', '13', 'GOOD'],
    '2025:port': ['13', '13', '12', 'GOOD'],
    '2025:registry': ['11', '10.5', '10', 'FAIR'],
    '2025:bureau:张海涛': ['14.5', '14', '14', 'EXCELLENT'],
    '2025:office.3': ['12', '11', '12', null],
  };
  for (const [k, [study, position, risk, grade]] of Object.entries(manual)) {
    const assessment = await tx.assessment.findUniqueOrThrow({ where: { id: ids.get(k)! } });
    const set = await tx.indicatorSet.findFirstOrThrow({ where: { id: assessment.setId }, include: { definitions: true } });
    const { total } = await recompute(tx, assessment, manualValues(set.definitions, [
      { code: 'STUDY', value: study }, { code: 'POSITION', value: position }, { code: 'RISK', value: risk },
    ]));
    await tx.assessment.update({
      where: { id: assessment.id },
      data: {
        quantitativeScore: total,
        // A member of the bureau committee is graded by 区委 (no one judges their superior or own team).
        ...(grade && k.startsWith('2025:bureau:') ? { grade, status: 'FINAL', finalisedAt: day('2026-01-20'), finalisedByRole: 'DISTRICT_COMMITTEE' as const, comment: '经区委研究确定。' } : {}),
        ...(grade && !k.startsWith('2025:bureau:') ? { grade, status: 'FINAL', finalisedAt: day('2026-01-20'), finalisedById: assessor, comment: '经局党委会议研究确定。' } : {}),
      },
    });
  }

  // One accountability measure: a reminder for a late annual report.
  await tx.accountabilityRecord.create({
    data: {
      tenantId, unitId: unit('office.1.branch'), personId: person('顾建华'), measure: 'REMINDER',
      basis: '大中自然资源所党支部2025年度意识形态工作责任制落实情况报告未按规定于12月10日前报送，逾期5天。依据《实施方案》第四部分第（三）项，予以提醒。',
      decidingBody: '中共盐城市大丰区自然资源和规划局委员会', decidedOn: day('2025-12-18'), recordedById: assessor,
    },
  });

  // 2026: the round has started for the two party committees.
  const opened2026 = await openAssessments(tx, tenantId, assessor, 2026, [
    { unitId: unit('forestry'), personId: null },
    { unitId: unit('organs'), personId: null },
  ]);
  for (const a of opened2026) ids.set(key(a), a.id);
  const round2026 = await tx.ratingRound.create({ data: { tenantId, unitId: unit('forestry'), year: 2026, openedAt: day('2026-11-02'), openedById: assessor } });
  await tx.assessmentRating.createMany({
    data: [['钱红', '4.5'], ['冯军', '4.8']].map(([rater, score]) => ({
      tenantId, roundId: round2026.id, assessmentId: ids.get('2026:forestry')!, raterPersonId: person(rater!), score: new Prisma.Decimal(score!),
    })),
  });
  return { assessments: ids };
}
