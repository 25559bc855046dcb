import { builder } from '../../builder.js';
import { districtViewer } from '../../authz/guards.js';
import { globalId } from '../../lib/ids.js';
import { ASSESSMENT_DECISIONS, districtDecidesOnUnits } from '../../authz/deciders.js';
import type { PostRole } from '../../generated/prisma/enums.js';
import { TEAM_ROLES } from '../duties/service.js';

export const DistrictRef = builder.prismaObject('District', {
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
      select: { units: { where: { parentId: null }, select: { posts: { where: { endDate: null, role: { in: [...TEAM_ROLES] } }, select: { personId: true, role: true, title: true, person: { select: { name: true } } }, orderBy: [{ role: 'asc' }, { startDate: 'asc' }] } }, take: 1 } },
      resolve: (tenant, _a, ctx) => {
        if (!districtDecidesOnUnits(ctx.viewer, ASSESSMENT_DECISIONS)) return [];
        return tenant.units[0]!.posts.map((p) => ({ personId: p.personId, name: p.person.name, role: p.role, title: p.title }));
      },
    }),
    committeeId: t.id({
      description: '局党委单位全局ID (global ID of the bureau committee\'s unit: what the district assesses, e.g. openTeamAssessments)',
      select: { units: { where: { parentId: null }, select: { id: true }, take: 1 } },
      resolve: (tenant) => globalId('OrgUnit', tenant.units[0]!.id),
    }),
  }),
});

builder.queryField('bureaus', (t) =>
  t.prismaField({
    type: ['Tenant'],
    description: '本区各局 (the bureaus of the viewer\'s district); district roles only',
    resolve: (query, _root, _args, ctx) => {
      const viewer = districtViewer(ctx.viewer);
      return ctx.prisma.tenant.findMany({ ...query, where: { districtId: viewer.districtId }, orderBy: { code: 'asc' } });
    },
  }),
);
