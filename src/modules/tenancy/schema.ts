import { builder } from '../../builder.js';
import { todayInChina } from '../../lib/dates.js';
import { inForce } from '../../authz/in-force.js';
import { BUREAU_ROOT } from '../../authz/bureau-root.js';
import type { Viewer } from '../../authz/scope.js';
import { AccountRef } from '../accounts/schema.js';
import { publicAccount } from '../accounts/service.js';
import { createBureau } from './service.js';
import { globalId } from '../../lib/ids.js';
import { ASSESSMENT_DECISIONS, districtDecidesOnUnits } from '../../authz/deciders.js';
import type { PostRole } from '../../generated/prisma/enums.js';
import { TEAM_ROLES } from '../duties/service.js';

builder.prismaObject('District', {
  description: '区 (district), e.g. 盐城市大丰区',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 (id)' }),
    code: t.exposeString('code', { description: '代码 (code)' }),
    name: t.exposeString('name', { description: '名称 (name)' }),
  }),
});

const TeamMemberRef = builder.objectRef<{ personId: string; name: string; role: PostRole; title: string | null }>('BureauTeamMember').implement({
  description: '局党委班子成员 (a member of a bureau committee\'s leadership team, as a district decider sees them)',
  fields: (t) => ({
    personId: t.id({ description: '人员全局ID (the person\'s global ID, for createAssessment and recordAccountability)', resolve: (m) => globalId('Person', m.personId) }),
    name: t.exposeString('name', { description: '姓名 (name)' }),
    role: t.exposeString('role', { description: '班子职务 (SECRETARY 书记, DEPUTY_SECRETARY 副书记, COMMITTEE_MEMBER 委员)' }),
    title: t.exposeString('title', { nullable: true, description: '职务名称 (title)' }),
  }),
});

export const TenantRef = builder.prismaObject('Tenant', {
  description: '局党委 (a bureau\'s party committee: the tenant that owns its tree)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 (id)' }),
    code: t.exposeString('code', { description: '代码 (code)' }),
    name: t.exposeString('name', { description: '名称 (full name)' }),
    shortName: t.exposeString('shortName', { description: '简称 (short name)' }),
    district: t.relation('district', { description: '所属区 (district)' }),
    leadershipTeam: t.field({
      type: [TeamMemberRef],
      description: '局党委班子成员 (the bureau committee\'s active team members: the people the district assesses and holds to account; for district bodies that decide on them, empty for others)',
      select: (_args, ctx) => ({ units: { where: BUREAU_ROOT, select: { posts: { where: { ...inForce(todayInChina(ctx.now())), role: { in: [...TEAM_ROLES] } }, select: { personId: true, role: true, title: true, person: { select: { name: true } } }, orderBy: [{ role: 'asc' }, { startDate: 'asc' }] } }, take: 1 } }),
      resolve: (tenant, _a, ctx) => {
        if (!districtDecidesOnUnits(ctx.viewer, ASSESSMENT_DECISIONS)) return [];
        return tenant.units[0]!.posts.map((p) => ({ personId: p.personId, name: p.person.name, role: p.role, title: p.title }));
      },
    }),
    committeeId: t.id({
      description: '局党委单位全局ID (global ID of the bureau committee\'s unit: what the district assesses, e.g. openTeamAssessments)',
      select: { units: { where: BUREAU_ROOT, select: { id: true }, take: 1 } },
      resolve: (tenant) => globalId('OrgUnit', tenant.units[0]!.id),
    }),
  }),
});

builder.queryField('bureaus', (t) =>
  t.prismaField({
    type: ['Tenant'],
    description: '本区各局 (the bureaus of the viewer\'s district); district roles and the district administrator',
    resolve: (query, _root, _args, ctx) => {
      return ctx.prisma.tenant.findMany({ ...query, where: { districtId: districtOf(ctx.viewer) }, orderBy: { code: 'asc' } });
    },
  }),
);

builder.relayMutationField(
  'createBureau',
  {
    description: '新建局 (create a bureau)',
    inputFields: (t) => ({
      code: t.string({ required: true, description: '局代码 (the bureau\'s code: 1–64 letters, digits, . _ -; also the code of its root unit)' }),
      name: t.string({ required: true, description: '全称 (full name of the bureau\'s party committee, e.g. 中共盐城市大丰区自然资源和规划局委员会)' }),
      shortName: t.string({ required: true, description: '简称 (short name, e.g. 区自然资源和规划局)' }),
      adminUsername: t.string({ required: true, description: '管理员用户名 (username of the bureau\'s administrator account, created with a one-time password)' }),
    }),
  },
  {
    description: '新建局 (create a bureau of the viewer\'s district): its root committee unit, the plan\'s obligation rules, the current plan template, the default indicator set and its administrator\'s account, in one step. District administrators only',
    resolve: (_root, { input }, ctx) => createBureau(ctx.prisma, ctx.viewer, input, ctx.now(), ctx.loginThrottle),
  },
  {
    description: '新建局结果 (result of createBureau)',
    outputFields: (t) => ({
      tenant: t.field({ type: TenantRef, description: '新建的局 (the new bureau)', resolve: (p) => p.tenant }),
      administrator: t.field({ type: AccountRef, description: '局管理员账号 (the bureau administrator\'s account)', resolve: (p) => publicAccount(p.administrator) }),
      temporaryPassword: t.string({
        description: '一次性密码 (the administrator\'s one-time password; shown once, to be changed at first sign-in)',
        resolve: (p) => p.temporaryPassword ?? '',
      }),
    }),
  },
);

/** The district of a district role or administrator; nothing for anyone else. */
function districtOf(viewer: Viewer): string {
  return viewer.kind === 'district' || viewer.kind === 'districtAdmin' ? viewer.districtId : '';
}
