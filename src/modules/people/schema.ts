import { structureUnitWhere } from '../../authz/visibility.js';
import { todayInChina } from '../../lib/dates.js';
import { inForce, isInForce } from '../../authz/in-force.js';
import { z } from 'zod';
import { structureViewer } from '../../authz/guards.js';
import { builder } from '../../builder.js';
import { PostRoleEnum } from '../../graphql/enums.js';
import { inTransaction } from '../../db/transaction.js';
import { parseInput } from '../../lib/validation.js';
import { reload } from '../../lib/reload.js';
import { recordAudit } from '../audit/service.js';
import { DomainError } from '../../errors.js';

export const PersonRef = builder.prismaNode('Person', {
  id: { field: 'id' },
  // Select mode (issue 24, lever 1): the asked columns plus the row guard's (tenant, id).
  select: { id: true, tenantId: true },
  // A node the viewer may not see resolves to null, exactly like one that does not exist.
  nullable: true,
  description: '人员 (a person of the bureau)',
  fields: (t) => ({
    name: t.exposeString('name', { description: '姓名 (name)' }),
    gender: t.exposeString('gender', { nullable: true, description: '性别 (gender)' }),
    jobTitle: t.exposeString('jobTitle', { nullable: true, description: '职务 (job title, e.g. 副局长)' }),
    posts: t.relation('posts', {
      description: '任职 (posts in units the viewer may see)',
      args: { includeEnded: t.arg.boolean({ defaultValue: false, description: '含已离任 (include ended posts)' }) },
      query: (args, ctx) => ({
        where: { unit: structureUnitWhere(ctx.viewer), ...(args.includeEnded ? {} : inForce(todayInChina(ctx.now()))) },
        orderBy: [{ startDate: 'desc' }],
      }),
    }),
  }),
});

builder.prismaNode('Post', {
  id: { field: 'id' },
  // Select mode (issue 24, lever 1): the asked columns plus the row guard's (tenant, unit, holder).
  select: { id: true, tenantId: true, unitId: true, personId: true },
  // A node the viewer may not see resolves to null, exactly like one that does not exist.
  nullable: true,
  description: '任职 (a person\'s post in a unit), effective-dated over [startDate, endDate)',
  fields: (t) => ({
    role: t.expose('role', { type: PostRoleEnum, description: '职务类别 (kind of post)' }),
    title: t.exposeString('title', { nullable: true, description: '职务名称 (title, e.g. 党委书记、局长)' }),
    businessArea: t.exposeString('businessArea', { nullable: true, description: '分管领域 (business areas this member leads)' }),
    startDate: t.expose('startDate', { type: 'Date', description: '任职日期 (start date)' }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true, description: '离任日期 (end date; null while active)' }),
    isActive: t.boolean({ description: '是否在任 (whether the post is in force today, China date)', select: { startDate: true, endDate: true }, resolve: (post, _args, ctx) => isInForce(post, todayInChina(ctx.now())) }),
    isTeamMember: t.boolean({
      description: '是否班子成员 (whether the post is in the leadership team)',
      select: { role: true },
      resolve: (post) => post.role !== 'MEMBER',
    }),
    unit: t.relation('unit', { description: '所在单元 (unit)' }),
    person: t.relation('person', { description: '人员 (person)' }),
  }),
});

const personSchema = z.object({
  name: z.string().trim().min(1, 'name is required').max(50, 'name is at most 50 characters'),
  gender: z.enum(['男', '女']).nullish(),
  jobTitle: z.string().trim().max(100).nullish(),
});

builder.relayMutationField(
  'createPerson',
  {
    description: '新建人员 (create a person in the viewer\'s bureau)',
    inputFields: (t) => ({
      name: t.string({ required: true, description: '姓名 (name), 1–50 characters' }),
      gender: t.string({ required: false, description: '性别 (gender)' }),
      jobTitle: t.string({ required: false, description: '职务 (job title)' }),
    }),
  },
  {
    description: '新建人员 (create a person); first or direct responsible people only. Appoint them to a post to place them in a unit',
    resolve: async (_root, { input }, ctx) => {
      const viewer = structureViewer(ctx.viewer);
      if (!viewer.structure.managedRoots.length) throw new DomainError('FORBIDDEN');
      const data = parseInput(personSchema, input, 'input');
      const person = await inTransaction(ctx.prisma, async (tx) => {
        const created = await tx.person.create({ data: { ...data, tenantId: viewer.tenantId } });
        await recordAudit(tx, ctx.viewer, { tenantId: viewer.tenantId, action: 'person.create', entityType: 'Person', entityId: created.id, after: created });
        return created;
      });
      return { person };
    },
  },
  {
    description: '新建人员的结果 (result of createPerson)',
    outputFields: (t) => ({
      person: t.prismaField({ type: 'Person', description: '新人员 (the new person)', resolve: (query, p, _a, ctx) => reload(ctx, 'person', query, p.person) }),
    }),
  },
);
