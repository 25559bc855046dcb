import { globalId } from '../../lib/ids.js';
import { builder } from '../../builder.js';
import { visibleOrNull } from '../../graphql/helpers.js';
import { DomainError } from '../../errors.js';
import { idOf } from '../../lib/ids.js';
import { reload } from '../../lib/reload.js';
import { OrgUnitRef } from '../org/schema.js';
import { PersonRef } from '../people/schema.js';
import { misconductListWhere, recordMisconductCase, recordMisconductOutcome, referMisconductCase } from './service.js';

export const MisconductVenueEnum = builder.enumType('MisconductVenue', {
  description: '发表场合 (where it was said, task 14)',
  values: {
    MEDIA: { description: '境内外各类媒体 (media, at home or abroad)' },
    INTERNET: { description: '互联网 (the internet)' },
    PUBLICATION: { description: '出版物 (a publication)' },
    LECTURE_FORUM: { description: '讲座论坛等公开场合 (a lecture, forum or other public occasion)' },
  },
});

export const MisconductClassEnum = builder.enumType('MisconductClass', {
  description: '错误言论性质 (class of the misconduct, task 14)',
  values: {
    AGAINST_CENTRAL_LINE: { description: '发表同党中央精神相违背的言论 (statements against the spirit of the Party Central Committee)' },
    DISPARAGING_POLICY: { description: '非议党的理论和路线方针政策以及重大决策部署 (disparaging the Party\'s theory, line, policies or major decisions)' },
    POLITICAL_RUMOUR: { description: '散布传播政治谣言 (spreading political rumours)' },
  },
});

builder.prismaNode('MisconductCase', {
  id: { field: 'id' },
  nullable: true, // node(id) of a record the viewer may not see is null, as for one that does not exist
  description: '错误言论案件 (a misconduct case and its referral to discipline inspection); seen only by the bureau committee\'s first and direct responsible people and, once referred, by the district discipline inspection body',
  fields: (t) => ({
    venue: t.expose('venue', { type: MisconductVenueEnum, description: '发表场合 (venue)' }),
    misconductClass: t.expose('misconductClass', { type: MisconductClassEnum, description: '性质 (class)' }),
    occurredOn: t.expose('occurredOn', { type: 'Date', description: '发生日期 (date of the statement)' }),
    summary: t.exposeString('summary', { description: '情况摘要 (summary)' }),
    personName: t.string({ description: '当事人 (the person concerned, by name)', select: { person: { select: { name: true } } }, resolve: (c) => c.person.name }),
    personJobTitle: t.string({ nullable: true, description: '当事人职务 (their job title)', select: { person: { select: { jobTitle: true } } }, resolve: (c) => c.person.jobTitle }),
    unitName: t.string({ description: '所在单位 (their unit, by name)', select: { unit: { select: { name: true } } }, resolve: (c) => c.unit.name }),
    bureauName: t.string({ description: '所在局 (their bureau)', select: { tenant: { select: { name: true } } }, resolve: (c) => c.tenant.name }),
    unit: t.field({
      type: OrgUnitRef, nullable: true, description: '所在单位 (the unit record; for bureau viewers only)',
      select: { unit: true },
      resolve: (c, _a, ctx) => (ctx.viewer.kind === 'person' && ctx.viewer.scope.canSeeUnit(c.unit) ? c.unit : null),
    }),
    person: t.field({
      type: PersonRef, nullable: true, description: '当事人 (the person record; for bureau viewers only)',
      select: { person: true }, resolve: (c, _a, ctx) => visibleOrNull(c.person, ctx),
    }),
    personId: t.id({ description: '当事人全局ID (the person\'s global ID: what the discipline body names when it records a 纪律处分 with recordAccountability)', resolve: (c) => globalId('Person', c.personId) }),
    unitId: t.id({ description: '所在单位全局ID (the unit\'s global ID, for recordAccountability)', resolve: (c) => globalId('OrgUnit', c.unitId) }),
    isReferred: t.boolean({ description: '是否已移交 (whether referred)', resolve: (c) => c.referredOn !== null }),
    referredOn: t.expose('referredOn', { type: 'Date', nullable: true, description: '移交日期 (referral date)' }),
    referredToBody: t.exposeString('referredToBody', { nullable: true, description: '移交机关 (the discipline inspection body)' }),
    referenceNumber: t.exposeString('referenceNumber', { nullable: true, description: '移交文号 (reference number)' }),
    outcome: t.exposeString('outcome', { nullable: true, description: '处理结果 (outcome)' }),
    outcomeOn: t.expose('outcomeOn', { type: 'Date', nullable: true, description: '处理日期 (date of the outcome)' }),
  }),
});

builder.queryField('misconductCases', (t) =>
  t.prismaConnection({
    type: 'MisconductCase',
    cursor: 'id',
    description: '错误言论案件 (misconduct cases): the bureau committee\'s first and direct responsible people see their bureau\'s; the district discipline inspection body those referred to it; everyone else none',
    args: { referred: t.arg.boolean({ required: false, description: '是否已移交 (only referred, or only not yet referred)' }) },
    resolve: (query, _root, args, ctx) => {
      if (ctx.viewer.kind === 'district' && ctx.viewer.role !== 'DISCIPLINE_INSPECTION') throw new DomainError('FORBIDDEN');
      return ctx.prisma.misconductCase.findMany({
        ...query,
        where: misconductListWhere(ctx.viewer, { referred: args.referred }),
        orderBy: [{ occurredOn: 'desc' }, { id: 'asc' }],
      });
    },
    totalCount: (_root, args, ctx) =>
      ctx.prisma.misconductCase.count({
        where: misconductListWhere(ctx.viewer, { referred: args.referred }),
      }),
  }, { description: '案件分页 (a page of cases)' }, { description: '案件边 (an edge to a case)' }),
);

const caseOf = (description: string) => ({ type: 'MisconductCase' as const, description });

builder.relayMutationField(
  'recordMisconductCase',
  {
    description: '登记错误言论案件 (record a misconduct case)',
    inputFields: (t) => ({
      unitId: t.id({ required: true, description: '所在单位 (the person\'s unit)' }),
      personId: t.id({ required: true, description: '当事人 (the person concerned)' }),
      venue: t.field({ type: MisconductVenueEnum, required: true, description: '发表场合 (venue)' }),
      misconductClass: t.field({ type: MisconductClassEnum, required: true, description: '性质 (class)' }),
      occurredOn: t.field({ type: 'Date', required: true, description: '发生日期 (date; not in the future)' }),
      summary: t.string({ required: true, description: '情况摘要 (summary)' }),
    }),
  },
  {
    description: '登记错误言论案件 (record a case); the bureau committee\'s first and direct responsible people only',
    resolve: async (_r, { input }, ctx) => ({
      misconductCase: await recordMisconductCase(ctx.prisma, ctx.viewer, {
        ...input, unitId: idOf(String(input.unitId), 'OrgUnit', 'unitId'), personId: idOf(String(input.personId), 'Person', 'personId'),
      }, ctx.now()),
    }),
  },
  {
    description: '登记错误言论案件的结果 (result of recordMisconductCase)',
    outputFields: (t) => ({
      misconductCase: t.prismaField({ ...caseOf('案件 (the new case)'), resolve: (q, p, _a, ctx) => reload(ctx, 'misconductCase', q, p.misconductCase) }),
    }),
  },
);

builder.relayMutationField(
  'referMisconductCase',
  {
    description: '移交纪检监察机关 (refer a case)',
    inputFields: (t) => ({
      caseId: t.id({ required: true, description: '案件 (the case)' }),
      referenceNumber: t.string({ required: true, description: '移交文号 (reference number)' }),
      referredOn: t.field({ type: 'Date', required: false, description: '移交日期 (today by default)' }),
      body: t.string({ required: false, description: '移交机关 (the body; the district\'s discipline inspection body by default)' }),
    }),
  },
  {
    description: '移交纪检监察机关 (refer a case to the district discipline inspection body); once — a second referral is ALREADY_REFERRED',
    resolve: async (_r, { input }, ctx) => ({
      misconductCase: await referMisconductCase(ctx.prisma, ctx.viewer, { ...input, caseId: idOf(String(input.caseId), 'MisconductCase', 'caseId') }, ctx.now()),
    }),
  },
  {
    description: '移交纪检监察机关的结果 (result of referMisconductCase)',
    outputFields: (t) => ({
      misconductCase: t.prismaField({ ...caseOf('案件 (the referred case)'), resolve: (q, p, _a, ctx) => reload(ctx, 'misconductCase', q, p.misconductCase) }),
    }),
  },
);

builder.relayMutationField(
  'recordMisconductOutcome',
  {
    description: '登记处理结果 (record the outcome of a referred case)',
    inputFields: (t) => ({
      caseId: t.id({ required: true, description: '案件 (the case)' }),
      outcome: t.string({ required: true, description: '处理结果 (outcome)' }),
      outcomeOn: t.field({ type: 'Date', required: false, description: '处理日期 (today by default)' }),
    }),
  },
  {
    description: '登记处理结果 (record the outcome of a referred case); the discipline inspection body it was referred to, or the bureau committee\'s leaders',
    resolve: async (_r, { input }, ctx) => ({
      misconductCase: await recordMisconductOutcome(ctx.prisma, ctx.viewer, { ...input, caseId: idOf(String(input.caseId), 'MisconductCase', 'caseId') }, ctx.now()),
    }),
  },
  {
    description: '登记处理结果的结果 (result of recordMisconductOutcome)',
    outputFields: (t) => ({
      misconductCase: t.prismaField({ ...caseOf('案件 (the case, with its outcome)'), resolve: (q, p, _a, ctx) => reload(ctx, 'misconductCase', q, p.misconductCase) }),
    }),
  },
);
