import { liaisonWhere, personWhere, trainingWhere, visibleParticipantWhere } from '../../authz/visibility.js';
import { inForce } from '../../authz/in-force.js';
import { subtreeOfWhere } from '../../authz/scope.js';
import { z } from 'zod';
import { bureauViewer, type PersonViewer } from '../../authz/guards.js';
import type { Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction } from '../../db/transaction.js';
import { DomainError } from '../../errors.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { IntellectualSector, LiaisonForm, TrainingClass, TrainingLayer } from '../../generated/prisma/enums.js';
import { todayInChina } from '../../lib/dates.js';
import { parseInput } from '../../lib/validation.js';
import { yearRange } from '../../lib/years.js';
import { recordAudit } from '../audit/service.js';
import { actableUnit, visibleUnit } from '../org/service.js';
import { TEAM_ROLES } from '../duties/service.js';

/**
 * Intellectual liaison (tasks 15, 16: 联系知识分子) and layered, classified training of cadres
 * (tasks 16, 17: 分层分类教育培训, 宣传思想文化干部队伍). Records hang off a unit and are visible
 * exactly when their unit is.
 */

export const SECTORS: readonly IntellectualSector[] = [
  'SOCIAL_SCIENCE_THEORY', 'NEWS_PUBLISHING', 'RADIO_FILM_TV', 'LITERATURE_ART', 'EDUCATION_SCIENCE',
  'NON_PARTY_INTELLECTUALS', 'NEW_ECONOMIC_ORGANISATIONS', 'NEW_SOCIAL_ORGANISATIONS', 'NEW_ARTS_GROUPS',
];

const text = (field: string, max: number) => z.string().trim().min(1, `${field} is required`).max(max, `${field} is at most ${max} characters`);
const optionalText = (max: number) => z.string().trim().max(max, `at most ${max} characters`).nullish();
const hours = z.string().regex(/^\d{1,4}(\.\d{1,2})?$/, 'hours are a decimal such as "3.5"')
  .transform((v) => new Prisma.Decimal(v))
  .refine((d) => d.gt(0), 'hours must be more than 0');

function assertNotFuture(date: Date, now: Date, field: string) {
  if (date > todayInChina(now)) throw new DomainError('BAD_USER_INPUT', `${field} lies in the future`, { field });
}

export interface LiaisonInput {
  unitId: string;
  leaderPersonId: string;
  sector: IntellectualSector;
  date: Date;
  form: LiaisonForm;
  contactName: string;
  contactAffiliation: string;
  notes?: string | null;
}

/**
 * Records a leader's contact with an intellectual. The leader holds an active leadership-team post
 * in the unit; the leader records their own contacts, or one who answers for the unit records them
 * (action RECORD_LIAISON: first/direct responsible people above it, the dual-duty member whose scope holds it).
 */
export async function recordLiaisonContact(prisma: PrismaClient, viewer: Viewer, input: LiaisonInput, now: Date) {
  const me = bureauViewer(viewer);
  const contactName = parseInput(text('contactName', 50), input.contactName, 'contactName');
  const contactAffiliation = parseInput(text('contactAffiliation', 100), input.contactAffiliation, 'contactAffiliation');
  const notes = parseInput(optionalText(2000), input.notes, 'notes');
  assertNotFuture(input.date, now, 'date');
  return inTransaction(prisma, async (tx) => {
    const unit = await actableUnit(tx, viewer, 'RECORD_LIAISON', input.unitId, [input.leaderPersonId]);
    const post = await tx.post.findFirst({
      where: { tenantId: unit.tenantId, unitId: unit.id, personId: input.leaderPersonId, ...inForce(todayInChina(now)), role: { in: [...TEAM_ROLES] } },
      select: { id: true },
    });
    if (!post) throw new DomainError('BAD_USER_INPUT', 'the leader holds no leadership-team post in this unit', { field: 'leaderId' });
    const contact = await tx.liaisonContact.create({
      data: {
        tenantId: unit.tenantId, unitId: unit.id, leaderPersonId: input.leaderPersonId, sector: input.sector,
        date: input.date, form: input.form, contactName, contactAffiliation, notes: notes ?? null,
      },
    });
    await recordAudit(tx, viewer, { tenantId: unit.tenantId, action: 'liaison.record', entityType: 'LiaisonContact', entityId: contact.id, after: contact });
    return contact;
  });
}

export interface LiaisonFilter {
  subtreeOf?: string | null;
  leaderPersonId?: string | null;
  sectors?: readonly IntellectualSector[] | null;
  year?: number | null;
}

/** Contacts the viewer may see, filtered. */
export function liaisonListWhere(viewer: Viewer, filter: LiaisonFilter | null | undefined): Prisma.LiaisonContactWhereInput {
  const and: Prisma.LiaisonContactWhereInput[] = [liaisonWhere(viewer)];
  if (filter?.subtreeOf) and.push({ unit: subtreeOfWhere(viewer, filter.subtreeOf) });
  if (filter?.leaderPersonId) and.push({ leaderPersonId: filter.leaderPersonId });
  if (filter?.sectors?.length) and.push({ sector: { in: [...filter.sectors] } });
  if (filter?.year) and.push({ date: yearRange(filter.year) });
  return { AND: and };
}

/** Contacts by sector for a unit's subtree and year, all nine sectors listed. One aggregate. */
export async function liaisonBySector(prisma: PrismaClient, viewer: PersonViewer, unitId: string, year: number) {
  const unit = await visibleUnit(prisma, viewer.scope, unitId);
  const rows = await prisma.liaisonContact.groupBy({
    by: ['sector'],
    where: liaisonListWhere(viewer, { subtreeOf: unit.id, year }),
    _count: { _all: true },
  });
  const counts = new Map(rows.map((r) => [r.sector, r._count._all]));
  return { unit, year, sectors: SECTORS.map((sector) => ({ sector, contacts: counts.get(sector) ?? 0 })) };
}

export interface TrainingInput {
  unitId: string;
  course: string;
  organiser?: string | null;
  date: Date;
  hours: string;
  layer: TrainingLayer;
  trainingClass: TrainingClass;
  notes?: string | null;
  participants: readonly { personId: string; hours?: string | null }[];
}

/**
 * Records a training with its participants. Held by a unit the recorder answers for (action
 * RECORD_TRAINING: first/direct responsible people above it, the dual-duty member whose scope holds it). Each participant is someone the recorder may see;
 * their credited hours default to the course's and never exceed them.
 */
export async function recordTraining(prisma: PrismaClient, viewer: Viewer, input: TrainingInput, now: Date) {
  const me = bureauViewer(viewer);
  const course = parseInput(text('course', 200), input.course, 'course');
  const organiser = parseInput(optionalText(100), input.organiser, 'organiser');
  const notes = parseInput(optionalText(2000), input.notes, 'notes');
  const total = parseInput(hours, input.hours, 'hours');
  assertNotFuture(input.date, now, 'date');
  if (!input.participants.length || input.participants.length > 500) {
    throw new DomainError('BAD_USER_INPUT', 'between 1 and 500 participants', { field: 'participants' });
  }
  const personIds = input.participants.map((p) => p.personId);
  if (new Set(personIds).size !== personIds.length) throw new DomainError('BAD_USER_INPUT', 'a participant is listed twice', { field: 'participants' });
  const participants = input.participants.map((p) => {
    const credited = p.hours == null ? total : parseInput(hours, p.hours, 'participants.hours');
    if (credited.gt(total)) throw new DomainError('BAD_USER_INPUT', 'a participant is credited more hours than the course has', { field: 'participants.hours' });
    return { personId: p.personId, hours: credited };
  });
  return inTransaction(prisma, async (tx) => {
    const unit = await actableUnit(tx, viewer, 'RECORD_TRAINING', input.unitId);
    const visible = await tx.person.count({ where: { AND: [personWhere(viewer), { id: { in: personIds } }] } });
    if (visible !== personIds.length) throw new DomainError('NOT_FOUND', 'participant not found', { field: 'participants' });
    const training = await tx.trainingRecord.create({
      data: {
        tenantId: unit.tenantId, unitId: unit.id, course, organiser: organiser ?? null, date: input.date, hours: total,
        layer: input.layer, class: input.trainingClass, notes: notes ?? null,
        participants: { createMany: { data: participants } },
      },
    });
    await recordAudit(tx, viewer, {
      tenantId: unit.tenantId, action: 'training.record', entityType: 'TrainingRecord', entityId: training.id,
      after: { ...training, participants: participants.map((p) => ({ personId: p.personId, hours: p.hours.toFixed(2) })) },
    });
    return training;
  });
}

export interface TrainingFilter {
  subtreeOf?: string | null;
  year?: number | null;
  layers?: readonly TrainingLayer[] | null;
  classes?: readonly TrainingClass[] | null;
  participantId?: string | null;
}

export function trainingListWhere(viewer: PersonViewer, filter: TrainingFilter | null | undefined): Prisma.TrainingRecordWhereInput {
  const and: Prisma.TrainingRecordWhereInput[] = [trainingWhere(viewer)];
  if (filter?.subtreeOf) and.push({ unit: subtreeOfWhere(viewer, filter.subtreeOf) });
  if (filter?.year) and.push({ date: yearRange(filter.year) });
  if (filter?.layers?.length) and.push({ layer: { in: [...filter.layers] } });
  if (filter?.classes?.length) and.push({ class: { in: [...filter.classes] } });
  // A participant the viewer cannot see matches nothing, exactly like an id that does not exist.
  if (filter?.participantId) and.push({ participants: { some: { personId: filter.participantId, ...visibleParticipantWhere(viewer) } } });
  return { AND: and };
}

/**
 * Training hours per person for a year, counting the trainings the viewer may see (and, for the
 * viewer themself, all of their own). One aggregate for any number of people.
 */
export async function trainingHoursOf(prisma: PrismaClient, viewer: Viewer, personIds: readonly string[], year: number) {
  if (viewer.kind !== 'person' || !personIds.length) return new Map<string, Prisma.Decimal>();
  const rows = await prisma.trainingParticipant.groupBy({
    by: ['personId'],
    where: {
      tenantId: viewer.tenantId,
      personId: { in: [...personIds] },
      training: { date: yearRange(year) },
      OR: [{ personId: viewer.personId }, { training: { unit: viewer.scope.unitWhere() } }],
    },
    _sum: { hours: true },
  });
  return new Map(rows.map((r) => [r.personId, r._sum.hours ?? new Prisma.Decimal(0)]));
}
