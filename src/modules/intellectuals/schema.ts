import { visibleParticipantWhere } from '../../authz/visibility.js';
import { bureauViewer } from '../../authz/guards.js';
import { builder } from '../../builder.js';
import { reload } from '../../lib/reload.js';
import { idOf } from '../../lib/ids.js';
import { requestLoader } from '../../lib/request-loader.js';
import { OrgUnitRef } from '../org/schema.js';
import { MIN_YEAR } from '../../lib/years.js';
import {
  liaisonBySector, liaisonListWhere, recordLiaisonContact, recordTraining, trainingHoursOf, trainingListWhere,
} from './service.js';

export const IntellectualSectorEnum = builder.enumType('IntellectualSector', {
  description: '知识分子所在领域 (sector of intellectuals, tasks 15 and 16), in the plan\'s order',
  values: {
    SOCIAL_SCIENCE_THEORY: { description: '社科理论界 (social-science theory)' },
    NEWS_PUBLISHING: { description: '新闻出版界 (news and publishing)' },
    RADIO_FILM_TV: { description: '广播影视界 (radio, film and television)' },
    LITERATURE_ART: { description: '文学艺术界 (literature and art)' },
    EDUCATION_SCIENCE: { description: '教育科技界 (education, science and technology)' },
    NON_PARTY_INTELLECTUALS: { description: '党外知识分子 (non-party intellectuals)' },
    NEW_ECONOMIC_ORGANISATIONS: { description: '新经济组织 (new economic organisations)' },
    NEW_SOCIAL_ORGANISATIONS: { description: '新社会组织 (new social organisations)' },
    NEW_ARTS_GROUPS: { description: '新的文艺组织和文艺群体 (new arts organisations and groups)' },
  },
});

export const LiaisonFormEnum = builder.enumType('LiaisonForm', {
  description: '联系方式 (form of a contact)',
  values: {
    VISIT: { description: '走访 (visit)' },
    HEART_TO_HEART_TALK: { description: '谈心谈话 (heart-to-heart talk)' },
    SYMPOSIUM: { description: '座谈会 (symposium)' },
    CONSULTATION: { description: '咨询论证 (consultation)' },
    JOINT_ACTIVITY: { description: '联谊活动 (joint activity)' },
    CORRESPONDENCE: { description: '书信电话 (letters and calls)' },
  },
});

export const TrainingLayerEnum = builder.enumType('TrainingLayer', {
  description: '培训层级 (分层: who a training is for)',
  values: {
    LEADERSHIP: { description: '领导班子成员 (leadership-team members)' },
    MIDDLE_CADRE: { description: '中层干部 (middle-level cadres)' },
    PROPAGANDA_CADRE: { description: '宣传思想文化干部 (propaganda and culture cadres, task 17)' },
    PARTY_MEMBER: { description: '普通党员 (party members)' },
    INTELLECTUAL: { description: '知识分子 (intellectuals, task 16)' },
  },
});

export const TrainingClassEnum = builder.enumType('TrainingClass', {
  description: '培训类别 (分类: what a training is about)',
  values: {
    POLITICAL_THEORY: { description: '政治理论 (political theory)' },
    IDEOLOGICAL_WORK: { description: '意识形态工作 (ideological work)' },
    NEWS_PROPAGANDA: { description: '新闻宣传 (news and propaganda)' },
    NETWORK_SECURITY: { description: '网络安全与舆情 (network security and public opinion)' },
    CULTURE_ARTS: { description: '文化文艺 (culture and the arts)' },
    PROFESSIONAL_SKILLS: { description: '业务能力 (professional skills: 脚力、眼力、脑力、笔力)' },
  },
});

builder.prismaNode('LiaisonContact', {
  id: { field: 'id' },
  nullable: true,
  description: '联系知识分子记录 (a leader\'s contact with an intellectual, tasks 15 and 16)',
  fields: (t) => ({
    sector: t.expose('sector', { type: IntellectualSectorEnum, description: '领域 (sector)' }),
    date: t.expose('date', { type: 'Date', description: '日期 (date)' }),
    form: t.expose('form', { type: LiaisonFormEnum, description: '方式 (form)' }),
    contactName: t.exposeString('contactName', { description: '联系对象 (person contacted)' }),
    contactAffiliation: t.exposeString('contactAffiliation', { description: '所在单位 (their affiliation, e.g. 盐城师范学院)' }),
    notes: t.exposeString('notes', { nullable: true, description: '情况记录 (notes)' }),
    unit: t.relation('unit', { description: '所在单位 (the leader\'s unit)' }),
    leader: t.relation('leader', { description: '联系领导 (the leader)' }),
  }),
});

builder.prismaNode('TrainingRecord', {
  id: { field: 'id' },
  nullable: true,
  description: '教育培训记录 (a training, tasks 16 and 17)',
  fields: (t) => ({
    course: t.exposeString('course', { description: '培训名称 (course, e.g. 意识形态工作专题培训班)' }),
    organiser: t.exposeString('organiser', { nullable: true, description: '主办单位 (organiser)' }),
    date: t.expose('date', { type: 'Date', description: '日期 (date)' }),
    hours: t.field({ type: 'Decimal', description: '学时 (hours)', resolve: (r) => r.hours }),
    layer: t.expose('layer', { type: TrainingLayerEnum, description: '层级 (layer)' }),
    trainingClass: t.expose('class', { type: TrainingClassEnum, description: '类别 (class)' }),
    notes: t.exposeString('notes', { nullable: true, description: '备注 (notes)' }),
    unit: t.relation('unit', { description: '举办单位 (unit holding it)' }),
    participantCount: t.relationCount('participants', {
      description: '参训人数 (number of participants the viewer may see)',
      where: (_args, ctx) => visibleParticipantWhere(ctx.viewer),
    }),
    participants: t.relation('participants', {
      description: '参训人员 (participants the viewer may see, with credited hours)',
      query: (_args, ctx) => ({ where: visibleParticipantWhere(ctx.viewer), orderBy: { personId: 'asc' } }),
    }),
  }),
});

builder.prismaObject('TrainingParticipant', {
  description: '参训人员 (a participant and the hours credited)',
  fields: (t) => ({
    hours: t.field({ type: 'Decimal', description: '学时 (hours credited)', resolve: (p) => p.hours }),
    person: t.relation('person', { description: '人员 (person)' }),
    training: t.relation('training', { description: '培训 (the training)' }),
  }),
});

builder.prismaObjectFields('Person', (t) => ({
  trainingHours: t.field({
    type: 'Decimal',
    description: '年度培训学时 (training hours in a year, over trainings the viewer may see)',
    args: { year: t.arg.int({ required: true, description: '年度 (year)' }) },
    resolve: async (person, args, ctx) => {
      const loader = requestLoader<string, string>(ctx, `trainingHours:${args.year}`, async (ids) => {
        const map = await trainingHoursOf(ctx.prisma, ctx.viewer, ids, args.year);
        return ids.map((id) => map.get(id)?.toFixed(2) ?? '0.00');
      });
      return loader.load(person.id);
    },
  }),
}));

const SectorCount = builder.objectRef<{ sector: string; contacts: number }>('LiaisonSectorCount').implement({
  description: '领域联系次数 (contacts in one sector)',
  fields: (t) => ({
    sector: t.field({ type: IntellectualSectorEnum, description: '领域 (sector)', resolve: (r) => r.sector as never }),
    contacts: t.exposeInt('contacts', { description: '次数 (contacts)' }),
  }),
});

const LiaisonSummary = builder.objectRef<Awaited<ReturnType<typeof liaisonBySector>>>('LiaisonSummary').implement({
  description: '联系知识分子统计 (contacts by sector for a unit\'s subtree and year)',
  fields: (t) => ({
    unit: t.field({ type: OrgUnitRef, description: '单位 (unit)', resolve: (s) => s.unit }),
    year: t.exposeInt('year', { description: '年度 (year)' }),
    total: t.int({ description: '合计 (total contacts)', resolve: (s) => s.sectors.reduce((n, r) => n + r.contacts, 0) }),
    sectorsReached: t.int({ description: '覆盖领域数 (sectors reached, of nine)', resolve: (s) => s.sectors.filter((r) => r.contacts > 0).length }),
    sectors: t.field({ type: [SectorCount], description: '各领域 (all nine sectors, in the plan\'s order)', resolve: (s) => s.sectors }),
  }),
});

const LiaisonFilter = builder.inputType('LiaisonContactFilter', {
  description: '联系记录筛选 (filter), always within what the viewer may see',
  fields: (t) => ({
    subtreeOf: t.id({ required: false, description: '某单位及其下级 (this unit and below)' }),
    leaderId: t.id({ required: false, description: '联系领导 (the leader)' }),
    sectors: t.field({ type: [IntellectualSectorEnum], required: false, description: '领域 (sectors)' }),
    year: t.int({ required: false, description: '年度 (year)' }),
  }),
});

const TrainingFilter = builder.inputType('TrainingRecordFilter', {
  description: '培训记录筛选 (filter), always within what the viewer may see',
  fields: (t) => ({
    subtreeOf: t.id({ required: false, description: '某单位及其下级 (this unit and below)' }),
    year: t.int({ required: false, description: '年度 (year)' }),
    layers: t.field({ type: [TrainingLayerEnum], required: false, description: '层级 (layers)' }),
    classes: t.field({ type: [TrainingClassEnum], required: false, description: '类别 (classes)' }),
    participantId: t.id({ required: false, description: '参训人员 (a participant)' }),
  }),
});

type LiaisonFilterArg = { subtreeOf?: string | number | null; leaderId?: string | number | null; sectors?: readonly string[] | null; year?: number | null } | null | undefined;
const liaisonFilter = (f: LiaisonFilterArg) => ({
  subtreeOf: f?.subtreeOf ? idOf(String(f.subtreeOf), 'OrgUnit', 'filter.subtreeOf') : null,
  leaderPersonId: f?.leaderId ? idOf(String(f.leaderId), 'Person', 'filter.leaderId') : null,
  sectors: (f?.sectors ?? null) as never,
  year: f?.year ?? null,
});
type TrainingFilterArg = { subtreeOf?: string | number | null; year?: number | null; layers?: readonly string[] | null; classes?: readonly string[] | null; participantId?: string | number | null } | null | undefined;
const trainingFilter = (f: TrainingFilterArg) => ({
  subtreeOf: f?.subtreeOf ? idOf(String(f.subtreeOf), 'OrgUnit', 'filter.subtreeOf') : null,
  year: f?.year ?? null,
  layers: (f?.layers ?? null) as never,
  classes: (f?.classes ?? null) as never,
  participantId: f?.participantId ? idOf(String(f.participantId), 'Person', 'filter.participantId') : null,
});

builder.queryFields((t) => ({
  liaisonContacts: t.prismaConnection({
    type: 'LiaisonContact',
    cursor: 'id',
    description: '联系知识分子记录 (contacts the viewer may see), newest first',
    args: { filter: t.arg({ type: LiaisonFilter, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.liaisonContact.findMany({ ...query, where: liaisonListWhere(bureauViewer(ctx.viewer), liaisonFilter(args.filter)), orderBy: [{ date: 'desc' }, { id: 'asc' }] }),
    totalCount: (_root, args, ctx) => ctx.prisma.liaisonContact.count({ where: liaisonListWhere(bureauViewer(ctx.viewer), liaisonFilter(args.filter)) }),
  }, { description: '联系记录分页 (a page of contacts)' }, { description: '联系记录边 (an edge to a contact)' }),
  liaisonSummary: t.field({
    type: LiaisonSummary,
    description: '联系知识分子统计 (contacts by sector, for a unit and everything under it, in a year)',
    args: { unitId: t.arg.id({ required: true }), year: t.arg.int({ required: true, description: '年度 (year)' }) },
    resolve: (_root, args, ctx) => liaisonBySector(ctx.prisma, bureauViewer(ctx.viewer), idOf(String(args.unitId), 'OrgUnit', 'unitId'), Math.max(args.year, MIN_YEAR)),
  }),
  trainingRecords: t.prismaConnection({
    type: 'TrainingRecord',
    cursor: 'id',
    description: '教育培训记录 (trainings the viewer may see), newest first',
    args: { filter: t.arg({ type: TrainingFilter, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.trainingRecord.findMany({ ...query, where: trainingListWhere(bureauViewer(ctx.viewer), trainingFilter(args.filter)), orderBy: [{ date: 'desc' }, { id: 'asc' }] }),
    totalCount: (_root, args, ctx) => ctx.prisma.trainingRecord.count({ where: trainingListWhere(bureauViewer(ctx.viewer), trainingFilter(args.filter)) }),
  }, { description: '培训记录分页 (a page of trainings)' }, { description: '培训记录边 (an edge to a training)' }),
}));

const ParticipantInput = builder.inputType('TrainingParticipantInput', {
  description: '参训人员 (a participant)',
  fields: (t) => ({
    personId: t.id({ required: true, description: '人员 (person)' }),
    hours: t.field({ type: 'Decimal', required: false, description: '学时 (hours credited; the course\'s hours by default, never more)' }),
  }),
});

builder.relayMutationField(
  'recordLiaisonContact',
  {
    description: '登记联系知识分子 (record a contact with an intellectual)',
    inputFields: (t) => ({
      unitId: t.id({ required: true, description: '所在单位 (the leader\'s unit)' }),
      leaderId: t.id({ required: true, description: '联系领导 (a leadership-team member of that unit)' }),
      sector: t.field({ type: IntellectualSectorEnum, required: true, description: '领域 (sector)' }),
      date: t.field({ type: 'Date', required: true, description: '日期 (date; not in the future)' }),
      form: t.field({ type: LiaisonFormEnum, required: true, description: '方式 (form)' }),
      contactName: t.string({ required: true, description: '联系对象 (person contacted), 1–50 characters' }),
      contactAffiliation: t.string({ required: true, description: '所在单位 (their affiliation), 1–100 characters' }),
      notes: t.string({ required: false, description: '情况记录 (notes), at most 2000 characters' }),
    }),
  },
  {
    description: '登记联系知识分子 (record a contact): by the leader themself, or by the first or direct responsible people at or above the unit',
    resolve: async (_r, { input }, ctx) => ({
      liaisonContact: await recordLiaisonContact(ctx.prisma, ctx.viewer, {
        ...input,
        unitId: idOf(String(input.unitId), 'OrgUnit', 'unitId'),
        leaderPersonId: idOf(String(input.leaderId), 'Person', 'leaderId'),
      }, ctx.now()),
    }),
  },
  {
    description: '登记联系知识分子的结果 (result of recordLiaisonContact)',
    outputFields: (t) => ({
      liaisonContact: t.prismaField({ type: 'LiaisonContact', description: '联系记录 (the new contact)', resolve: (q, p, _a, ctx) => reload(ctx, 'liaisonContact', q, p.liaisonContact) }),
    }),
  },
);

builder.relayMutationField(
  'recordTraining',
  {
    description: '登记教育培训 (record a training)',
    inputFields: (t) => ({
      unitId: t.id({ required: true, description: '举办单位 (unit holding it)' }),
      course: t.string({ required: true, description: '培训名称 (course), 1–200 characters' }),
      organiser: t.string({ required: false, description: '主办单位 (organiser)' }),
      date: t.field({ type: 'Date', required: true, description: '日期 (date; not in the future)' }),
      hours: t.field({ type: 'Decimal', required: true, description: '学时 (hours, more than 0)' }),
      layer: t.field({ type: TrainingLayerEnum, required: true, description: '层级 (layer)' }),
      trainingClass: t.field({ type: TrainingClassEnum, required: true, description: '类别 (class)' }),
      notes: t.string({ required: false, description: '备注 (notes)' }),
      participants: t.field({ type: [ParticipantInput], required: true, description: '参训人员 (1–500 participants)' }),
    }),
  },
  {
    description: '登记教育培训 (record a training and its participants); first or direct responsible people at or above the unit',
    resolve: async (_r, { input }, ctx) => ({
      trainingRecord: await recordTraining(ctx.prisma, ctx.viewer, {
        ...input,
        unitId: idOf(String(input.unitId), 'OrgUnit', 'unitId'),
        participants: input.participants.map((p) => ({ personId: idOf(String(p.personId), 'Person', 'participants.personId'), hours: p.hours })),
      }, ctx.now()),
    }),
  },
  {
    description: '登记教育培训的结果 (result of recordTraining)',
    outputFields: (t) => ({
      trainingRecord: t.prismaField({ type: 'TrainingRecord', description: '培训记录 (the new training record)', resolve: (q, p, _a, ctx) => reload(ctx, 'trainingRecord', q, p.trainingRecord) }),
    }),
  },
);
