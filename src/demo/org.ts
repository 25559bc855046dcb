import { randomUUID } from 'node:crypto';
import { ANONYMOUS } from '../authz/scope.js';
import { provisionBureau, provisionDistrict } from '../modules/tenancy/service.js';
import type { Tx } from '../db/transaction.js';
import type { DutyKind, OrgUnitKind, PostRole } from '../generated/prisma/enums.js';

/**
 * The demo organisation: 盐城市大丰区, the natural-resources and planning bureau's committee with
 * its real addressees (大丰林场党委, 局机关党委 and its branches, the towns' natural-resources
 * offices, the sub-bureaus' party (general) branches, the direct units' branches), and a second,
 * smaller bureau. Names of offices follow Dafeng's towns; people's names are invented.
 */

export const DEMO_PASSWORD = 'demo';

interface UnitSpec {
  key: string;
  name: string;
  kind: OrgUnitKind;
  children?: UnitSpec[];
}

const TOWNS = ['大中', '新丰', '草堰', '白驹', '刘庄', '西团', '小海', '草庙', '万盈', '南阳'];

const BUREAU: UnitSpec = {
  key: 'bureau',
  name: '中共盐城市大丰区自然资源和规划局委员会',
  kind: 'BUREAU_COMMITTEE',
  children: [
    {
      key: 'forestry', name: '大丰林场党委', kind: 'PARTY_COMMITTEE',
      children: [
        { key: 'forestry.b1', name: '林场第一党支部', kind: 'BRANCH' },
        { key: 'forestry.b2', name: '林场第二党支部', kind: 'BRANCH' },
        { key: 'forestry.b3', name: '林场退休职工党支部', kind: 'BRANCH' },
      ],
    },
    {
      key: 'organs', name: '局机关党委', kind: 'PARTY_COMMITTEE',
      children: [
        { key: 'organs.b1', name: '机关第一支部', kind: 'BRANCH' },
        { key: 'organs.b2', name: '机关第二支部', kind: 'BRANCH' },
        { key: 'organs.b3', name: '机关第三支部', kind: 'BRANCH' },
      ],
    },
    ...TOWNS.map((town, i) => ({
      key: `office.${i + 1}`, name: `${town}自然资源所`, kind: 'RESOURCE_OFFICE' as const,
      children: [{ key: `office.${i + 1}.branch`, name: `${town}自然资源所党支部`, kind: 'BRANCH' as const }],
    })),
    {
      key: 'port', name: '大丰港分局', kind: 'SUB_BUREAU',
      children: [{
        key: 'port.gb', name: '大丰港分局党总支', kind: 'GENERAL_BRANCH',
        children: [
          { key: 'port.gb.b1', name: '大丰港分局第一党支部', kind: 'BRANCH' },
          { key: 'port.gb.b2', name: '大丰港分局第二党支部', kind: 'BRANCH' },
        ],
      }],
    },
    {
      key: 'east', name: '城东分局', kind: 'SUB_BUREAU',
      children: [{ key: 'east.branch', name: '城东分局党支部', kind: 'BRANCH' }],
    },
    {
      key: 'registry', name: '大丰区不动产登记中心', kind: 'DIRECT_UNIT',
      children: [{ key: 'registry.branch', name: '不动产登记中心党支部', kind: 'BRANCH' }],
    },
    {
      key: 'landreserve', name: '大丰区土地储备中心', kind: 'DIRECT_UNIT',
      children: [{ key: 'landreserve.branch', name: '土地储备中心党支部', kind: 'BRANCH' }],
    },
    {
      key: 'survey', name: '大丰区测绘与地理信息服务中心', kind: 'DIRECT_UNIT',
      children: [{ key: 'survey.branch', name: '测绘与地理信息服务中心党支部', kind: 'BRANCH' }],
    },
    // 科室 (三9 "各部门（科室）紧密配合"): the bureau's internal departments.
    { key: 'dept.office', name: '办公室', kind: 'DEPARTMENT' },
    { key: 'dept.planning', name: '国土空间规划科', kind: 'DEPARTMENT' },
    { key: 'dept.publicity', name: '宣传科', kind: 'DEPARTMENT' },
  ],
};

const HOUSING: UnitSpec = {
  key: 'bureau',
  name: '中共盐城市大丰区住房和城乡建设局委员会',
  kind: 'BUREAU_COMMITTEE',
  children: [
    {
      key: 'organs', name: '住建局机关党委', kind: 'PARTY_COMMITTEE',
      children: [
        { key: 'organs.b1', name: '住建局机关第一支部', kind: 'BRANCH' },
        { key: 'organs.b2', name: '住建局机关第二支部', kind: 'BRANCH' },
      ],
    },
    {
      key: 'archive', name: '大丰区城建档案馆', kind: 'DIRECT_UNIT',
      children: [{ key: 'archive.branch', name: '城建档案馆党支部', kind: 'BRANCH' }],
    },
  ],
};

interface PostSpec {
  unit: string;
  person: string;
  role: PostRole;
  title: string;
  businessArea?: string;
  duty?: { kind: Exclude<DutyKind, 'FIRST_RESPONSIBLE'>; scope: string[] };
  since?: string;
  username?: string;
}

const BUREAU_POSTS: PostSpec[] = [
  { unit: 'bureau', person: '王建国', role: 'SECRETARY', title: '党委书记、局长', username: 'secretary', since: '2021-06-18' },
  { unit: 'bureau', person: '刘志华', role: 'DEPUTY_SECRETARY', title: '党委副书记', businessArea: '党建、宣传思想、意识形态工作', duty: { kind: 'DIRECT_RESPONSIBLE', scope: ['bureau'] }, username: 'propaganda', since: '2021-09-01' },
  { unit: 'bureau', person: '张海涛', role: 'COMMITTEE_MEMBER', title: '党委委员、副局长', businessArea: '林业、湿地保护，分管大丰林场', duty: { kind: 'DUAL_DUTY', scope: ['forestry'] }, username: 'member.forestry', since: '2022-01-10' },
  { unit: 'bureau', person: '李明', role: 'COMMITTEE_MEMBER', title: '党委委员、副局长', businessArea: '办公室、人事、不动产登记、土地储备、测绘', duty: { kind: 'DUAL_DUTY', scope: ['organs', 'registry', 'landreserve', 'survey', 'dept.office', 'dept.publicity'] }, since: '2021-06-18' },
  { unit: 'bureau', person: '周立新', role: 'COMMITTEE_MEMBER', title: '党委委员、副局长', businessArea: '耕地保护、国土空间规划（大中、新丰、草堰、白驹、刘庄片区）', duty: { kind: 'DUAL_DUTY', scope: ['office.1', 'office.2', 'office.3', 'office.4', 'office.5', 'dept.planning'] }, since: '2022-03-01' },
  { unit: 'bureau', person: '吴丽', role: 'COMMITTEE_MEMBER', title: '党委委员、副局长', businessArea: '执法监察、矿产资源（西团、小海、草庙、万盈、南阳片区）', duty: { kind: 'DUAL_DUTY', scope: ['office.6', 'office.7', 'office.8', 'office.9', 'office.10'] }, since: '2022-03-01' },
  { unit: 'bureau', person: '孙伟', role: 'COMMITTEE_MEMBER', title: '党委委员、派驻纪检组组长', businessArea: '纪检监察，联系大丰港分局、城东分局', duty: { kind: 'DUAL_DUTY', scope: ['port', 'east'] }, since: '2023-02-15' },

  { unit: 'forestry', person: '赵国强', role: 'SECRETARY', title: '林场党委书记、场长', username: 'forestry.secretary', since: '2020-12-01' },
  { unit: 'forestry', person: '钱红', role: 'DEPUTY_SECRETARY', title: '林场党委副书记', businessArea: '林场党建和宣传', duty: { kind: 'DIRECT_RESPONSIBLE', scope: ['forestry'] }, since: '2021-03-01' },
  { unit: 'forestry', person: '冯军', role: 'COMMITTEE_MEMBER', title: '林场党委委员、副场长', businessArea: '营林生产', duty: { kind: 'DUAL_DUTY', scope: ['forestry.b1', 'forestry.b3'] }, since: '2021-03-01' },
  { unit: 'forestry', person: '何静', role: 'COMMITTEE_MEMBER', title: '林场党委委员、副场长', businessArea: '生态旅游', duty: { kind: 'DUAL_DUTY', scope: ['forestry.b2'] }, since: '2022-07-01' },
  { unit: 'forestry.b1', person: '蒋涛', role: 'SECRETARY', title: '支部书记', since: '2021-04-01' },
  { unit: 'forestry.b2', person: '沈丽萍', role: 'SECRETARY', title: '支部书记', since: '2021-04-01' },
  { unit: 'forestry.b3', person: '韩德福', role: 'SECRETARY', title: '支部书记', since: '2019-11-01' },

  { unit: 'organs', person: '陈刚', role: 'SECRETARY', title: '机关党委书记', username: 'organs.secretary', since: '2021-07-01' },
  { unit: 'organs', person: '郑敏', role: 'DEPUTY_SECRETARY', title: '机关党委副书记', businessArea: '机关宣传思想工作', duty: { kind: 'DIRECT_RESPONSIBLE', scope: ['organs'] }, since: '2021-07-01' },
  { unit: 'organs', person: '王芳', role: 'COMMITTEE_MEMBER', title: '机关党委委员', businessArea: '组织、纪检', duty: { kind: 'DUAL_DUTY', scope: ['organs.b1', 'organs.b2'] }, since: '2021-07-01' },
  { unit: 'organs', person: '杨帆', role: 'COMMITTEE_MEMBER', title: '机关党委委员', businessArea: '群团工作', duty: { kind: 'DUAL_DUTY', scope: ['organs.b3'] }, since: '2022-09-01' },
  { unit: 'organs.b1', person: '黄磊', role: 'SECRETARY', title: '支部书记', username: 'branch.organs1', since: '2022-01-05' },
  { unit: 'organs.b1', person: '林晓', role: 'COMMITTEE_MEMBER', title: '组织委员', businessArea: '组织、党员教育', duty: { kind: 'DUAL_DUTY', scope: ['organs.b1'] }, since: '2022-01-05' },
  { unit: 'organs.b1', person: '徐婷', role: 'COMMITTEE_MEMBER', title: '宣传委员', businessArea: '宣传、意识形态', duty: { kind: 'DUAL_DUTY', scope: ['organs.b1'] }, since: '2022-01-05' },
  { unit: 'organs.b1', person: '马超', role: 'MEMBER', title: '党员', since: '2022-01-05' },
  { unit: 'organs.b2', person: '朱慧', role: 'SECRETARY', title: '支部书记', since: '2022-01-05' },
  { unit: 'organs.b3', person: '胡斌', role: 'SECRETARY', title: '支部书记', since: '2022-09-01' },

  ...TOWNS.map((_, i): PostSpec => ({
    unit: `office.${i + 1}.branch`, person: ['顾建华', '葛春梅', '陆永军', '施红兵', '卞晓东', '季海燕', '殷文杰', '严国平', '仇丽娟', '丁卫东'][i]!,
    role: 'SECRETARY', title: '支部书记、所长', since: '2021-05-01',
  })),
  { unit: 'port.gb', person: '曹振宇', role: 'SECRETARY', title: '党总支书记、分局局长', since: '2021-08-01' },
  { unit: 'port.gb', person: '袁媛', role: 'COMMITTEE_MEMBER', title: '党总支委员', businessArea: '宣传', duty: { kind: 'DUAL_DUTY', scope: ['port.gb.b1', 'port.gb.b2'] }, since: '2021-08-01' },
  { unit: 'port.gb.b1', person: '潘宏', role: 'SECRETARY', title: '支部书记', since: '2021-08-01' },
  { unit: 'port.gb.b2', person: '邹倩', role: 'SECRETARY', title: '支部书记', since: '2021-08-01' },
  { unit: 'east.branch', person: '邱实', role: 'SECRETARY', title: '支部书记、分局局长', since: '2022-04-01' },
  { unit: 'registry.branch', person: '梁文静', role: 'SECRETARY', title: '支部书记、中心主任', since: '2021-10-01' },
  { unit: 'landreserve.branch', person: '宋志强', role: 'SECRETARY', title: '支部书记、中心主任', since: '2021-10-01' },
  { unit: 'survey.branch', person: '唐海峰', role: 'SECRETARY', title: '支部书记、中心主任', since: '2023-01-01' },
];

const HOUSING_POSTS: PostSpec[] = [
  { unit: 'bureau', person: '许国庆', role: 'SECRETARY', title: '党委书记、局长', username: 'other.secretary', since: '2022-02-01' },
  { unit: 'bureau', person: '何春燕', role: 'COMMITTEE_MEMBER', title: '党委委员、副局长', businessArea: '宣传思想、意识形态工作', duty: { kind: 'DIRECT_RESPONSIBLE', scope: ['bureau'] }, since: '2022-02-01' },
  { unit: 'bureau', person: '吕军', role: 'COMMITTEE_MEMBER', title: '党委委员、副局长', businessArea: '机关、城建档案', duty: { kind: 'DUAL_DUTY', scope: ['organs', 'archive'] }, since: '2022-02-01' },
  { unit: 'organs', person: '蔡文', role: 'SECRETARY', title: '机关党委书记', since: '2022-02-01' },
  { unit: 'organs', person: '贾丽', role: 'COMMITTEE_MEMBER', title: '机关党委委员', businessArea: '宣传', duty: { kind: 'DIRECT_RESPONSIBLE', scope: ['organs'] }, since: '2022-02-01' },
  { unit: 'organs.b1', person: '田野', role: 'SECRETARY', title: '支部书记', since: '2022-02-01' },
  { unit: 'organs.b2', person: '范晓光', role: 'SECRETARY', title: '支部书记', since: '2022-02-01' },
  { unit: 'archive.branch', person: '姚远', role: 'SECRETARY', title: '支部书记、馆长', since: '2022-02-01' },
];

export interface SeededTenant {
  tenantId: string;
  units: Map<string, string>;
  people: Map<string, string>;
}

function flatten(spec: UnitSpec, parent: { id: string; ancestorIds: string[]; depth: number } | null, out: { spec: UnitSpec; id: string; parentId: string | null; ancestorIds: string[]; depth: number; sortOrder: number }[], sortOrder = 0) {
  const id = randomUUID();
  const ancestorIds = [...(parent?.ancestorIds ?? []), id];
  const depth = parent ? parent.depth + 1 : 0;
  out.push({ spec, id, parentId: parent?.id ?? null, ancestorIds, depth, sortOrder });
  spec.children?.forEach((child, i) => flatten(child, { id, ancestorIds, depth }, out, i + 1));
  return out;
}

/**
 * Inserts one bureau, in the caller's transaction: the bureau itself through the provisioning
 * service (as `createBureau` makes it: root unit, obligation rules, template link, indicator set,
 * administrator), then the demo's tree, people, posts, duties and accounts below its root. Demo
 * unit codes are the specs' keys.
 */
export async function seedTenant(
  tx: Tx, districtId: string, code: string, shortName: string, tree: UnitSpec, posts: PostSpec[], passwordHash: string, adminUsername: string, now: Date,
): Promise<SeededTenant> {
  const { tenant, root } = await provisionBureau(tx, ANONYMOUS, districtId, { code, name: tree.name, shortName, adminUsername }, { now, adminPasswordHash: passwordHash });
  const rows = (tree.children ?? []).flatMap((child, i) => flatten(child, { id: root.id, ancestorIds: root.ancestorIds, depth: root.depth }, [], i + 1));
  await tx.orgUnit.createMany({
    data: rows.map((r) => ({ id: r.id, tenantId: tenant.id, parentId: r.parentId, kind: r.spec.kind, code: r.spec.key, name: r.spec.name, ancestorIds: r.ancestorIds, depth: r.depth, sortOrder: r.sortOrder })),
  });
  const units = new Map([[tree.key, root.id], ...rows.map((r): [string, string] => [r.spec.key, r.id])]);
  const unit = (key: string) => {
    const id = units.get(key);
    if (!id) throw new Error(`seed: unknown unit ${key}`);
    return id;
  };
  const people = new Map<string, string>();
  for (const p of posts) if (!people.has(p.person)) people.set(p.person, randomUUID());
  await tx.person.createMany({
    data: [...people].map(([name, id]) => ({ id, tenantId: tenant.id, name, jobTitle: posts.find((p) => p.person === name)?.title ?? null })),
  });
  const postRows = posts.map((p) => ({
    id: randomUUID(), tenantId: tenant.id, unitId: unit(p.unit), personId: people.get(p.person)!, role: p.role,
    title: p.title, businessArea: p.businessArea ?? null, startDate: new Date(`${p.since ?? '2022-01-01'}T00:00:00Z`),
  }));
  await tx.post.createMany({ data: postRows });
  const duties = posts.flatMap((p, i) => {
    const post = postRows[i]!;
    if (p.role === 'SECRETARY') return [{ post, kind: 'FIRST_RESPONSIBLE' as DutyKind, scope: [post.unitId] }];
    if (p.duty) return [{ post, kind: p.duty.kind as DutyKind, scope: p.duty.scope.map(unit) }];
    return [];
  });
  const dutyRows = duties.map((d) => ({
    id: randomUUID(), tenantId: tenant.id, unitId: d.post.unitId, personId: d.post.personId, postId: d.post.id, kind: d.kind, startDate: d.post.startDate,
  }));
  await tx.duty.createMany({ data: dutyRows });
  await tx.dutyScopeUnit.createMany({
    data: duties.flatMap((d, i) => d.scope.map((unitId) => ({ tenantId: tenant.id, dutyId: dutyRows[i]!.id, unitId }))),
  });
  await tx.userAccount.createMany({
    data: posts.filter((p) => p.username).map((p) => ({
      username: p.username!, passwordHash, displayName: `${p.person}（${p.title}）`, tenantId: tenant.id, personId: people.get(p.person)!,
    })),
  });
  return { tenantId: tenant.id, units, people };
}

export interface DemoOrg {
  districtId: string;
  bureau: SeededTenant;
  housing: SeededTenant;
}

export async function seedOrg(tx: Tx, passwordHash: string, now: Date): Promise<DemoOrg> {
  // The district and its bureaus are made as a real installation makes them (npm run setup, createBureau).
  const { district } = await provisionDistrict(tx, { name: '盐城市大丰区', code: '320904', adminUsername: 'district.admin' }, { adminPasswordHash: passwordHash });
  const bureau = await seedTenant(tx, district.id, 'dafeng-zrzy', '区自然资源和规划局', BUREAU, BUREAU_POSTS, passwordHash, 'zrzy.admin', now);
  const housing = await seedTenant(tx, district.id, 'dafeng-zjj', '区住房和城乡建设局', HOUSING, HOUSING_POSTS, passwordHash, 'zjj.admin', now);
  await tx.userAccount.createMany({
    data: [
      { username: 'district.committee', displayName: '中共盐城市大丰区委员会', districtRole: 'DISTRICT_COMMITTEE' as const },
      { username: 'district.propaganda', displayName: '中共盐城市大丰区委宣传部', districtRole: 'PROPAGANDA_DEPARTMENT' as const },
      { username: 'district.cyberspace', displayName: '中共盐城市大丰区委网络安全和信息化委员会办公室', districtRole: 'CYBERSPACE_OFFICE' as const },
      { username: 'discipline', displayName: '盐城市大丰区纪委监委', districtRole: 'DISCIPLINE_INSPECTION' as const },
      { username: 'district.organisation', displayName: '中共盐城市大丰区委组织部', districtRole: 'ORGANISATION_DEPARTMENT' as const },
    ].map((a) => ({ ...a, passwordHash, districtId: district.id })),
  });
  return { districtId: district.id, bureau, housing };
}
