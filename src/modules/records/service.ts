import { workRecordWhere } from '../../authz/visibility.js';
import { inForce } from '../../authz/in-force.js';
import { subtreeOfWhere } from '../../authz/scope.js';
import { z } from 'zod';
import { assertMayAct } from '../../authz/actions.js';
import { bureauViewer } from '../../authz/guards.js';
import type { Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, type Tx } from '../../db/transaction.js';
import { DomainError, notFound } from '../../errors.js';
import type { Attachment, Prisma, WorkRecord } from '../../generated/prisma/client.js';
import type { DistrictRole, WorkRecordKind } from '../../generated/prisma/enums.js';
import { formatDate, todayInChina } from '../../lib/dates.js';
import { parseInput } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import { TEAM_ROLES } from '../duties/service.js';
import { actableUnit } from '../org/service.js';
import { checkEvidenceFile } from './evidence.js';
import { visibleWorkItem } from '../plan/service.js';
import type { BlobStore } from './storage.js';

export interface WorkRecordListFilter {
  /** 所属年度: the record's reporting year. */
  year?: number | null;
  /** Only this unit and its descendants (raw id). */
  subtreeOf?: string | null;
  kinds?: readonly WorkRecordKind[] | null;
}

/**
 * The work records a list shows: the viewer's scope (nothing for anyone but a bureau person) and
 * the filter. One definition for the `workRecords` query and the WORK_RECORDS ledger.
 */
export function workRecordListWhere(viewer: Viewer, filter: WorkRecordListFilter | null | undefined): Prisma.WorkRecordWhereInput {
  const and: Prisma.WorkRecordWhereInput[] = [workRecordWhere(viewer)];
  if (filter?.year != null) and.push({ reportingYear: filter.year });
  if (filter?.subtreeOf) and.push({ unit: subtreeOfWhere(viewer, filter.subtreeOf) });
  if (filter?.kinds?.length) and.push({ kind: { in: [...filter.kinds] } });
  return { AND: and };
}

/**
 * Work records addressed (主送 or 抄送) to a district role, in the bureaus of its district: a page
 * of ids, newest first, and the total. Raw SQL because enum-array parameters do not pass through
 * the PGlite driver adapter; the GIN expression index on sentTo || copiedTo answers it.
 */
export async function addressedRecordIds(
  db: PrismaClient | Tx,
  districtId: string,
  role: DistrictRole,
  options: { year?: number | null; recordId?: string; offset?: number; limit?: number } = {},
): Promise<{ ids: string[]; total: number }> {
  const year = options.year ?? null;
  const recordId = options.recordId ?? null;
  const rows = await db.$queryRaw<{ id: string; total: number }[]>`
    SELECT r."id", (count(*) OVER ())::int AS "total"
      FROM "WorkRecord" r
      JOIN "Tenant" t ON t."id" = r."tenantId"
     WHERE t."districtId" = ${districtId}
       AND (r."sentTo" || r."copiedTo") @> ARRAY[${role}::text]::"DistrictRole"[]
       AND (${year}::int IS NULL OR r."reportingYear" = ${year}::int)
       AND (${recordId}::text IS NULL OR r."id" = ${recordId}::text)
     ORDER BY r."date" DESC, r."id" DESC
     OFFSET ${options.offset ?? 0} LIMIT ${options.limit ?? 100}`;
  return { ids: rows.map((r) => r.id), total: rows[0]?.total ?? 0 };
}

const recordInput = z.object({
  title: z.string().trim().min(1, 'is required').max(200, 'is at most 200 characters'),
  summary: z.string().trim().max(20_000, 'is at most 20000 characters'),
  participants: z.array(z.string().trim().min(1, 'names are not empty').max(50, 'names are at most 50 characters')).max(500, 'at most 500 participants'),
  otherRecipients: z.string().trim().max(500, 'is at most 500 characters').nullable(),
});

export interface CreateWorkRecordInput {
  unitId: string;
  kind: WorkRecordKind;
  date: Date;
  title: string;
  summary?: string | null;
  participants?: readonly string[] | null;
  sentTo?: readonly DistrictRole[] | null;
  copiedTo?: readonly DistrictRole[] | null;
  otherRecipients?: string | null;
  /** The team member whose own record it is (述职人); required for a DUTY_REPORT. */
  personId?: string | null;
  /** 所属年度: the year it counts for; default the year of `date`. */
  reportingYear?: number | null;
}

/** The year a bureau's records may first report for: its establishment, else the year its plan template was issued. */
export async function firstReportingYear(db: PrismaClient | Tx, tenantId: string): Promise<number> {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { establishedOn: true, planTemplate: { select: { issuedOn: true } } } });
  return (tenant.establishedOn ?? tenant.planTemplate?.issuedOn ?? new Date(Date.UTC(2022, 0, 1))).getUTCFullYear();
}

/**
 * 所属年度 (DOMAIN.md §7): the year a record counts for, the year of its date unless the bureau says
 * otherwise (a 2026 民主生活会 held in January 2027). Never after the year it is filed in (the
 * database CHECK WorkRecord_reporting_year_filed_rule backs this), never before the bureau existed.
 */
export async function reportingYearOf(db: PrismaClient | Tx, tenantId: string, date: Date, requested: number | null | undefined, filedOn: Date): Promise<number> {
  const year = requested ?? date.getUTCFullYear();
  const filingYear = filedOn.getUTCFullYear();
  if (!Number.isInteger(year) || year > filingYear) {
    throw new DomainError('REPORTING_YEAR_REFUSED', `reportingYear ${year} is after the filing year ${filingYear}`, { field: 'reportingYear' });
  }
  const first = await firstReportingYear(db, tenantId);
  if (year < first) throw new DomainError('REPORTING_YEAR_REFUSED', `reportingYear ${year} is before the bureau existed (${first})`, { field: 'reportingYear' });
  return year;
}

/**
 * A per-person record (a duty report, 四(二)) names a member of the unit's leadership team on the
 * record's date: that member's report counts for them under a per-person rule.
 */
async function checkRecordPerson(tx: Tx, unitId: string, kind: WorkRecordKind, date: Date, personId: string | null | undefined) {
  if (!personId) {
    if (kind === 'DUTY_REPORT') throw new DomainError('RECORD_PERSON_REQUIRED', undefined, { field: 'personId' });
    return null;
  }
  const post = await tx.post.findFirst({
    where: { unitId, personId, role: { in: [...TEAM_ROLES] }, ...inForce(date) },
    select: { personId: true },
  });
  if (!post) throw new DomainError('RECORD_PERSON_NOT_TEAM_MEMBER', undefined, { field: 'personId' });
  return post.personId;
}

/** Records a meeting, report or briefing of a unit: action RECORD_WORK, or FILE_DUTY_REPORT for a member's duty report (src/authz/actions.ts). */
export async function createWorkRecord(prisma: PrismaClient, viewer: Viewer, input: CreateWorkRecordInput, now: Date): Promise<WorkRecord> {
  const person = bureauViewer(viewer);
  const fields = {
    title: parseInput(recordInput.shape.title, input.title, 'title'),
    summary: parseInput(recordInput.shape.summary, input.summary ?? '', 'summary'),
    participants: parseInput(recordInput.shape.participants, input.participants ?? [], 'participants'),
    otherRecipients: parseInput(recordInput.shape.otherRecipients, input.otherRecipients ?? null, 'otherRecipients'),
  };
  // 三(三)11: the bureau 接受 the district propaganda department's inspection; the department records it
  // (recordInspection), and only that record counts toward the INSPECTION rule.
  if (input.kind === 'INSPECTION') {
    throw new DomainError('BAD_USER_INPUT', '专项督查由区委宣传部登记，本局答复其发现的问题 (the special inspection is recorded by the district propaganda department with recordInspection; the bureau answers its findings with answerInspectionFinding)', { field: 'kind' });
  }
  const today = todayInChina(now);
  if (input.date.getTime() > today.getTime()) {
    throw new DomainError('RECORD_DATE_IN_FUTURE', `date ${formatDate(input.date)} is after today (${formatDate(today)})`, { field: 'date' });
  }
  return inTransaction(prisma, async (tx) => {
    // A duty report is its member's own to file (四(二)); everything else is RECORD_WORK.
    const unit = input.kind === 'DUTY_REPORT'
      ? await actableUnit(tx, viewer, 'FILE_DUTY_REPORT', input.unitId, [input.personId])
      : await actableUnit(tx, viewer, 'RECORD_WORK', input.unitId);
    // 四(二): 民主生活会 is the bureau committee team's; the committees and branches below hold 组织生活会 (a local rule).
    if ((input.kind === 'DEMOCRATIC_LIFE_MEETING' && unit.kind !== 'BUREAU_COMMITTEE') || (input.kind === 'ORGANISATION_LIFE_MEETING' && unit.kind === 'BUREAU_COMMITTEE')) {
      throw new DomainError('RECORD_KIND_NOT_FOR_UNIT', undefined, { field: 'kind' });
    }
    const recordPersonId = await checkRecordPerson(tx, unit.id, input.kind, input.date, input.personId);
    const reportingYear = await reportingYearOf(tx, person.tenantId, input.date, input.reportingYear, today);
    const record = await tx.workRecord.create({
      data: {
        tenantId: person.tenantId,
        unitId: unit.id,
        kind: input.kind,
        date: input.date,
        reportingYear,
        // 填报时间: the server's clock, never the client's (timeliness is judged by it).
        filedAt: now,
        personId: recordPersonId,
        ...fields,
        sentTo: [...new Set(input.sentTo ?? [])],
        copiedTo: [...new Set(input.copiedTo ?? [])],
        recordedById: person.personId,
      },
    });
    await recordAudit(tx, viewer, { tenantId: record.tenantId, action: 'workRecord.create', entityType: 'WorkRecord', entityId: record.id, after: record });
    return record;
  });
}

export interface UploadedFile {
  name: string;
  size: number;
  type?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Attaches an evidence file to a work item or a work record: action ATTACH_EVIDENCE (those who
 * answer for the unit; for a work item also its responsible person). The file is checked (size, type, signature) before anything
 * is written; the blob is stored content-addressed before the row commits, so a row never points
 * at missing bytes (an orphan blob after a failed commit is harmless and deduplicated).
 */
export async function attachEvidence(
  prisma: PrismaClient,
  store: BlobStore,
  viewer: Viewer,
  input: { workItemId?: string | null; workRecordId?: string | null; file: UploadedFile },
): Promise<Attachment> {
  const person = bureauViewer(viewer);
  if (!input.workItemId === !input.workRecordId) {
    throw new DomainError('BAD_USER_INPUT', 'give exactly one of workItemId and workRecordId', { field: 'workItemId' });
  }
  // Check the target first: an out-of-scope id answers NOT_FOUND whatever the file is.
  const target = input.workItemId
    ? await visibleWorkItem(prisma, person.scope, input.workItemId)
    : await prisma.workRecord.findFirst({ where: { id: input.workRecordId!, ...workRecordWhere(person) }, include: { unit: true } });
  if (!target) throw notFound('work record');
  const isItem = 'responsiblePersonId' in target;
  assertMayAct(viewer, 'ATTACH_EVIDENCE', target.unit, isItem ? [target.responsiblePersonId] : []);
  const file = await checkEvidenceFile(input.file);
  const blob = await store.put(file.bytes);
  return inTransaction(prisma, async (tx) => {
    const attachment = await tx.attachment.create({
      data: {
        tenantId: target.tenantId,
        unitId: target.unitId,
        workItemId: isItem ? target.id : null,
        workRecordId: isItem ? null : target.id,
        fileName: file.fileName,
        mimeType: file.mimeType,
        size: blob.size,
        sha256: blob.sha256,
        storageKey: blob.key,
        uploadedByPersonId: person.personId,
      },
    });
    await recordAudit(tx, viewer, { tenantId: attachment.tenantId, action: 'attachment.create', entityType: 'Attachment', entityId: attachment.id, after: attachment });
    return attachment;
  });
}
