import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DistrictRole, WorkItemStatus, WorkRecordKind } from '../../src/generated/prisma/enums.js';
import { runReminders } from '../../src/modules/obligations/reminders.js';
import { blobStoreFor } from '../../src/modules/records/storage.js';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { fcParameters, fcSeed } from '../fc.js';
import { loadWorld, referenceVisibleUnits, type ReferenceWorld } from '../reference.js';
import { chinaNoon, day, download, gid, subscribe, tokenFor, useTempDataDir } from './fixtures.js';

/**
 * Scope on every path of the plan module, against the independent reference model: random work
 * items, records and evidence in random units of both bureaus, then random viewers among all
 * people. Lists, counts, node(id), nested relations, downloads, notifications and subscription
 * deliveries must equal what the reference says the viewer may see.
 */

const Items = graphql(`
  query ScopeItems { workItems(first: 100) { totalCount edges { node { id notes { text } attachments { id } } } } }
`);
const Records = graphql(`
  query ScopeRecords { workRecords(first: 100) { totalCount edges { node { id attachments { id } } } } }
`);
const Nested = graphql(`
  query ScopeNested {
    orgUnits(first: 60) { totalCount edges { node { id workItems(first: 25) { totalCount } workRecords(first: 1) { totalCount } } } }
  }
`);
const PlanItems = graphql(`
  query ScopePlanItems { annualPlan(year: 2031) { workItems(first: 100) { totalCount edges { node { id } } } progress { total } } }
`);
const Mine = graphql(`
  query ScopeMine {
    viewer {
      person { responsibleWorkItems { id } }
      notifications(first: 100) { totalCount edges { node { id subjectId unit { id } } } }
    }
    complianceSummary(year: 2031, asOf: "2031-06-15") { units }
  }
`);
const Node = graphql(`
  query ScopeNode($id: ID!) { node(id: $id) { id } }
`);

const KINDS: WorkRecordKind[] = ['COMMITTEE_STUDY', 'SPECIAL_REPORT', 'INTERNAL_BRIEFING', 'PERIODIC_ANALYSIS', 'INSPECTION', 'ANNUAL_RESPONSIBILITY_REPORT', 'DEMOCRATIC_LIFE_MEETING', 'DUTY_REPORT'];
const STATUSES: WorkItemStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
const ROLES: DistrictRole[] = ['DISTRICT_COMMITTEE', 'PROPAGANDA_DEPARTMENT', 'CYBERSPACE_OFFICE'];

let app: TestApp;
let world: ReferenceWorld;
let people: { id: string; tenantId: string }[];
let units: { id: string; tenantId: string; kind: string }[];
const tokens = new Map<string, string>();
let items: { id: string; unitId: string; responsiblePersonId: string }[] = [];
let records: { id: string; unitId: string }[] = [];
let attachments: { id: string; unitId: string }[] = [];

beforeAll(async () => {
  app = await createTestApp();
  await useTempDataDir(app);
  app.setNow(chinaNoon('2031-06-15'));
  const prisma = app.db.prisma;
  world = await loadWorld(prisma);
  people = await prisma.person.findMany({ select: { id: true, tenantId: true } });
  units = await prisma.orgUnit.findMany({ select: { id: true, tenantId: true, kind: true } });
  for (const p of people) tokens.set(p.id, await tokenFor(app, p.id));
  const seeing = new Map(people.map((p) => [p.id, referenceVisibleUnits(world, p.id)]));

  const plans = new Map<string, string>();
  for (const tenantId of new Set(units.map((u) => u.tenantId))) {
    plans.set(tenantId, (await prisma.annualPlan.create({ data: { tenantId, year: 2031, templateId: 'plan-2022', title: '2031' } })).id);
  }
  // Random data, reproducible by seed.
  const itemArb = fc.record({
    unit: fc.nat(), person: fc.nat(), dueDay: fc.integer({ min: 120, max: 200 }), status: fc.constantFrom(...STATUSES), note: fc.boolean(), file: fc.boolean(),
  });
  const recordArb = fc.record({
    unit: fc.nat(), kind: fc.constantFrom(...KINDS), dayOfYear: fc.integer({ min: 0, max: 160 }),
    sentTo: fc.subarray(ROLES), copiedTo: fc.subarray(ROLES), file: fc.boolean(),
  });
  const WORLD_SEED = fcSeed('plan scope world', 20310615);
  const [specItems] = fc.sample(fc.array(itemArb, { minLength: 60, maxLength: 60 }), { numRuns: 1, seed: WORLD_SEED });
  const [specRecords] = fc.sample(fc.array(recordArb, { minLength: 40, maxLength: 40 }), { numRuns: 1, seed: WORLD_SEED + 1 });
  const store = blobStoreFor(app.services.config);
  const addFile = async (target: { tenantId: string; unitId: string; workItemId?: string; workRecordId?: string }, n: number) => {
    const blob = await store.put(new TextEncoder().encode(`%PDF-1.7\n% evidence ${n}\n`));
    const row = await prisma.attachment.create({
      data: { ...target, fileName: `佐证${n}.pdf`, mimeType: 'application/pdf', size: blob.size, sha256: blob.sha256, storageKey: blob.key, uploadedByPersonId: people.find((p) => p.tenantId === target.tenantId)!.id },
    });
    attachments.push({ id: row.id, unitId: row.unitId });
  };
  for (const [n, spec] of specItems!.entries()) {
    const unit = units[spec.unit % units.length]!;
    const candidates = people.filter((p) => seeing.get(p.id)!.has(unit.id));
    if (!candidates.length) continue;
    const person = candidates[spec.person % candidates.length]!;
    const due = new Date(Date.UTC(2031, 0, 1) + spec.dueDay * 86_400_000);
    const row = await prisma.workItem.create({
      data: {
        tenantId: unit.tenantId, planId: plans.get(unit.tenantId)!, unitId: unit.id, responsiblePersonId: person.id, title: `随机任务${n}`, dueDate: due, status: spec.status,
        completedAt: spec.status === 'DONE' ? new Date() : null, cancelReason: spec.status === 'CANCELLED' ? '调整' : null,
      },
    });
    items.push({ id: row.id, unitId: unit.id, responsiblePersonId: person.id });
    if (spec.note) await prisma.workItemNote.create({ data: { tenantId: unit.tenantId, workItemId: row.id, unitId: unit.id, authorPersonId: person.id, text: `进展${n}` } });
    if (spec.file) await addFile({ tenantId: unit.tenantId, unitId: unit.id, workItemId: row.id }, n);
  }
  for (const [n, spec] of specRecords!.entries()) {
    const unit = units[spec.unit % units.length]!;
    const row = await prisma.workRecord.create({
      data: {
        tenantId: unit.tenantId, unitId: unit.id, kind: spec.kind, date: new Date(Date.UTC(2031, 0, 1) + spec.dayOfYear * 86_400_000), reportingYear: 2031,
        filedAt: new Date(Date.UTC(2031, 0, 1) + spec.dayOfYear * 86_400_000), title: `随机台账${n}`,
        sentTo: spec.sentTo, copiedTo: spec.copiedTo, recordedById: people.find((p) => p.tenantId === unit.tenantId)!.id,
        // A duty report (述职报告) is each member's own: it names its member (WorkRecord_duty_report_person_rule).
        personId: spec.kind === 'DUTY_REPORT' ? people.find((p) => p.tenantId === unit.tenantId)!.id : null,
      },
    });
    records.push({ id: row.id, unitId: unit.id });
    if (spec.file) await addFile({ tenantId: unit.tenantId, unitId: unit.id, workRecordId: row.id }, 1000 + n);
  }
  await runReminders(prisma, app.services.pubsub, chinaNoon('2031-06-15'));
}, 300_000);
afterAll(() => app?.close());

const DistrictNotifications = graphql(`query ScDistrictNotifications { viewer { notifications(first: 100) { edges { node { id } } } } }`);
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).sort();
const gids = (type: string, rows: readonly { id: string }[]) => rows.map((r) => gid(type, r.id)).sort();

describe('scope of the plan module, against the reference model', () => {
  it('every notification reaches only people who may see its unit', async () => {
    const rows = await app.db.prisma.notification.findMany();
    expect(rows.length).toBeGreaterThan(20);
    for (const n of rows.filter((r) => r.recipientPersonId)) {
      expect(referenceVisibleUnits(world, n.recipientPersonId!).has(n.unitId!), `${n.kind} ${n.dedupeKey}`).toBe(true);
    }
    // The district's to-dos (三(三)11's 专项督查, issue 21): only to accounts of the performing role in the bureau's district.
    const district = rows.filter((r) => r.recipientUserId);
    expect(district.length).toBeGreaterThan(0);
    const accounts = await app.db.prisma.userAccount.findMany({ where: { id: { in: district.map((n) => n.recipientUserId!) } } });
    const tenants = await app.db.prisma.tenant.findMany();
    for (const n of district) {
      const account = accounts.find((a) => a.id === n.recipientUserId)!;
      expect(n.kind).toBe('INSPECTION_DUE');
      expect(account).toMatchObject({ districtRole: 'PROPAGANDA_DEPARTMENT', districtId: tenants.find((t) => t.id === n.tenantId)!.districtId });
    }
    // Each district account reads exactly its own; no bureau person reads them.
    for (const account of await app.db.prisma.userAccount.findMany({ where: { districtRole: { not: null } } })) {
      const r = await app.ok(DistrictNotifications, {}, (await app.services.tokens.issue(account.id)).token);
      expect(r.viewer.notifications.edges.map((e) => e.node!.id).sort()).toEqual(gids('Notification', district.filter((n) => n.recipientUserId === account.id)));
    }
  });

  it('lists, counts, nested relations, node(id), downloads and notifications equal the reference', async () => {
    const allItems = await app.db.prisma.workItem.findMany({ select: { id: true, unitId: true, responsiblePersonId: true } });
    const allRecords = await app.db.prisma.workRecord.findMany({ select: { id: true, unitId: true } });
    const allNotes = await app.db.prisma.workItemNote.findMany({ select: { text: true, unitId: true } });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...people), fc.subarray(items, { minLength: 1, maxLength: 6 }), fc.subarray(attachments, { minLength: 1, maxLength: 5 }), async (viewer, probeItems, probeFiles) => {
        const token = tokens.get(viewer.id)!;
        const visible = referenceVisibleUnits(world, viewer.id);
        const r = { ...(await app.ok(Items, {}, token)), ...(await app.ok(Records, {}, token)), ...(await app.ok(Nested, {}, token)), ...(await app.ok(Mine, {}, token)) };
        expect(r.orgUnits.totalCount).toBe(visible.size);
        const expectedItems = allItems.filter((i) => visible.has(i.unitId));
        const expectedRecords = allRecords.filter((x) => visible.has(x.unitId));
        expect(r.workItems.totalCount).toBe(expectedItems.length);
        expect(r.workItems.edges.map((e) => e.node.id).sort()).toEqual(gids('WorkItem', expectedItems));
        expect(r.workRecords.totalCount).toBe(expectedRecords.length);
        expect(r.workRecords.edges.map((e) => e.node.id).sort()).toEqual(gids('WorkRecord', expectedRecords));
        // Nested: notes and attachments hang off visible items only.
        const seenNotes = r.workItems.edges.flatMap((e) => e.node.notes.map((n) => n.text)).sort();
        expect(seenNotes).toEqual(allNotes.filter((n) => visible.has(n.unitId)).map((n) => n.text).sort());
        const seenFiles = [...r.workItems.edges.flatMap((e) => e.node.attachments), ...r.workRecords.edges.flatMap((e) => e.node.attachments)].map((a) => a.id).sort();
        expect(seenFiles).toEqual(gids('Attachment', attachments.filter((a) => visible.has(a.unitId))));
        // Through the unit tree.
        expect(r.orgUnits.edges.reduce((sum, e) => sum + e.node.workItems.totalCount, 0)).toBe(expectedItems.length);
        // Through the plan (2031 items only; the demo's own plan is another year).
        const plan = (await app.ok(PlanItems, {}, token)).annualPlan!;
        const expected2031 = expectedItems.filter((i) => items.some((x) => x.id === i.id));
        expect(plan.workItems.edges.map((e) => e.node.id).sort()).toEqual(gids('WorkItem', expected2031));
        expect(plan.progress.total).toBe(expected2031.length);
        expect(r.orgUnits.edges.reduce((sum, e) => sum + e.node.workRecords.totalCount, 0)).toBe(expectedRecords.length);
        // Through the person.
        expect(ids(r.viewer.person?.responsibleWorkItems ?? [])).toEqual(gids('WorkItem', expectedItems.filter((i) => i.responsiblePersonId === viewer.id)));
        // Notifications: their own, in units they see.
        const own = await app.db.prisma.notification.findMany({ where: { recipientPersonId: viewer.id } });
        const expectedNotes = own.filter((n) => n.unitId === null || visible.has(n.unitId));
        expect(r.viewer.notifications.totalCount).toBe(expectedNotes.length);
        expect(r.viewer.notifications.edges.map((e) => e.node.id).sort()).toEqual(gids('Notification', expectedNotes));
        // Compliance covers visible party organisations only. Since issue 21 (组织生活会, a rule for
        // party committees, general branches and branches) branches count too, not only committees.
        const committees = units.filter((u) => visible.has(u.id) && ['BUREAU_COMMITTEE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH'].includes(u.kind));
        expect(r.complianceSummary.units).toBe(committees.length);
        // node(id) answers null exactly when the reference says the unit is out of sight.
        for (const item of probeItems) {
          const node = (await app.ok(Node, { id: gid('WorkItem', item.id) }, token)).node;
          expect(node !== null).toBe(visible.has(item.unitId));
        }
        // Downloads: 200 exactly for visible units, 404 otherwise.
        for (const file of probeFiles) {
          const res = await download(app, `/files/${gid('Attachment', file.id)}`, token);
          expect(res.status).toBe(visible.has(file.unitId) ? 200 : 404);
        }
      }),
      fcParameters('plan scope', { seed: 3, numRuns: 25 }),
    );
  }, 300_000);

  it('subscriptions deliver each new notification to its recipient and no one else', async () => {
    const [viewers] = fc.sample(fc.shuffledSubarray(people, { minLength: 6, maxLength: 6 }), { numRuns: 1, seed: fcSeed('plan scope viewers', 7) });
    // Make sure some subscribers will receive something: the responsible people of a few items.
    const watched = [...new Map([...viewers!, ...items.slice(0, 3).map((i) => people.find((p) => p.id === i.responsiblePersonId)!)].map((p) => [p.id, p])).values()];
    const streams = watched.map((p) => ({ person: p, stream: subscribe(app, tokens.get(p.id)!, 'subscription { notificationAdded { id kind } }') }));
    await Promise.all(streams.map((s) => s.stream.ready));
    await new Promise((r) => setTimeout(r, 200));
    const before = new Date();
    // A month later: more items are overdue and obligations fall due.
    await runReminders(app.db.prisma, app.services.pubsub, chinaNoon('2031-07-20'));
    const created = await app.db.prisma.notification.findMany({ where: { createdAt: { gte: new Date(before.getTime() - 1000) } } });
    expect(created.length).toBeGreaterThan(0);
    for (const { person, stream } of streams) {
      const expected = created.filter((n) => n.recipientPersonId === person.id);
      await stream.waitFor(expected.length, 3000);
    }
    await new Promise((r) => setTimeout(r, 300));
    for (const { person, stream } of streams) {
      await stream.stop();
      const got = stream.events.map((e) => (e as { data: { notificationAdded: { id: string } } }).data.notificationAdded.id).sort();
      expect(got, person.id).toEqual(gids('Notification', created.filter((n) => n.recipientPersonId === person.id)));
    }
  }, 120_000);
});

void day;
