import { builder } from '../../builder.js';
import { districtViewer } from '../../authz/guards.js';

export const DistrictRef = builder.prismaObject('District', {
  description: '区 (district), e.g. 盐城市大丰区',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 (id)' }),
    code: t.exposeString('code', { description: '代码 (code)' }),
    name: t.exposeString('name', { description: '名称 (name)' }),
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
