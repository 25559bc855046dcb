import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DistrictRole, WorkRecordKind } from '../../src/generated/prisma/enums.js';
import { complianceFor, periodStatus } from '../../src/modules/obligations/service.js';
import { graphql } from '../gql/index.js';
import { codes, countStatements, createTestApp, type TestApp } from '../helpers.js';
import { chinaNoon, day, gid, PDF, personId, unitId, upload, useTempDataDir } from '../plan/fixtures.js';
import { csvOf, download, RequestExport } from '../exports/helpers.js';

const Compliance = graphql(`
  query CoCompliance($unitId: ID!, $year: Int!, $asOf: Date) {
    compliance(unitId: $unitId, year: $year, asOf: $asOf) {
      rule { code minCount period dueMonthDay }
      unit { name }
      required counted status
      periods { start end due required counted status }
      records { date title unit { name } attachments { fileName } }
    }
  }
`);
const Summary = graphql(`
  query CoSummary($year: Int!, $asOf: Date) {
    complianceSummary(year: $year, asOf: $asOf) {
      units met late dueSoon overdue notYetDue total
      byRule { rule { code } met late dueSoon overdue notYetDue total }
      attention { status rule { code } unit { name } }
    }
  }
`);

let app: TestApp;
const YEAR = 2031;
beforeAll(async () => {
  app = await createTestApp();
  await useTempDataDir(app);
  app.setNow(chinaNoon('2031-06-15'));
});
afterAll(() => app?.close());

async function record(unit: string, kind: WorkRecordKind, date: string, sentTo: DistrictRole[] = [], copiedTo: DistrictRole[] = []) {
  return app.db.prisma.workRecord.create({
    data: {
      tenantId: app.demo.bureau.tenantId, unitId: unitId(app, unit), kind, date: day(date), title: `${date} ${kind}`, participants: [],
      sentTo, copiedTo, recordedById: personId(app, '刘志华'),
    },
  });
}

const entry = async (code: string, asOf: string, unit = 'bureau', username = 'secretary') => {
  const r = await app.ok(Compliance, { unitId: gid('OrgUnit', unitId(app, unit)), year: YEAR, asOf }, await app.login(username));
  return r.compliance.find((e) => e.rule.code === code)!;
};

describe('status semantics', () => {
  it('periodStatus: MET when enough; OVERDUE after the due date; DUE_SOON within 30 days up to and including it', () => {
    const due = day('2031-12-10');
    expect(periodStatus(1, 1, due, day('2031-12-11'))).toBe('MET');
    expect(periodStatus(0, 1, due, day('2031-12-11'))).toBe('OVERDUE');
    expect(periodStatus(0, 1, due, day('2031-12-10'))).toBe('DUE_SOON');
    expect(periodStatus(0, 1, due, day('2031-11-10'))).toBe('DUE_SOON');
    expect(periodStatus(0, 1, due, day('2031-11-09'))).toBe('NOT_YET_DUE');
  });

  it('the annual responsibility report (due 12-10, to the district committee, copied to its propaganda department)', async () => {
    expect(await entry('ANNUAL_RESPONSIBILITY_REPORT', '2031-11-09')).toMatchObject({ required: 1, counted: 0, status: 'NOT_YET_DUE' });
    expect(await entry('ANNUAL_RESPONSIBILITY_REPORT', '2031-11-10')).toMatchObject({ status: 'DUE_SOON' });
    expect(await entry('ANNUAL_RESPONSIBILITY_REPORT', '2031-12-10')).toMatchObject({ status: 'DUE_SOON' });
    expect(await entry('ANNUAL_RESPONSIBILITY_REPORT', '2031-12-11')).toMatchObject({ status: 'OVERDUE' });
    // Not copied to the propaganda department: does not count.
    await record('bureau', 'ANNUAL_RESPONSIBILITY_REPORT', '2031-12-03', ['DISTRICT_COMMITTEE']);
    expect(await entry('ANNUAL_RESPONSIBILITY_REPORT', '2031-12-11')).toMatchObject({ counted: 0, status: 'OVERDUE' });
    await record('bureau', 'ANNUAL_RESPONSIBILITY_REPORT', '2031-12-05', ['DISTRICT_COMMITTEE'], ['PROPAGANDA_DEPARTMENT']);
    const met = await entry('ANNUAL_RESPONSIBILITY_REPORT', '2031-12-11');
    expect(met).toMatchObject({ counted: 1, status: 'MET', records: [{ date: '2031-12-05' }] });
    // As of a day before it was sent, it does not count yet.
    expect(await entry('ANNUAL_RESPONSIBILITY_REPORT', '2031-12-04')).toMatchObject({ counted: 0, status: 'DUE_SOON' });
  });

  it('a yearly rule without a due day is due at the end of the year; it needs its minimum count', async () => {
    await record('bureau', 'COMMITTEE_STUDY', '2031-03-16');
    expect(await entry('COMMITTEE_STUDY', '2031-06-15')).toMatchObject({ required: 2, counted: 1, status: 'NOT_YET_DUE', periods: [{ due: '2031-12-31' }] });
    expect(await entry('COMMITTEE_STUDY', '2031-12-01')).toMatchObject({ status: 'DUE_SOON' });
    expect(await entry('COMMITTEE_STUDY', '2032-01-05')).toMatchObject({ counted: 1, status: 'OVERDUE' });
    await record('bureau', 'COMMITTEE_STUDY', '2031-08-22');
    expect(await entry('COMMITTEE_STUDY', '2032-01-05')).toMatchObject({ counted: 2, status: 'MET' });
    // Another unit's records and another kind do not count.
    await record('forestry', 'COMMITTEE_STUDY', '2031-04-01');
    await record('bureau', 'INTERNAL_BRIEFING', '2031-04-01');
    expect(await entry('COMMITTEE_STUDY', '2032-01-05')).toMatchObject({ counted: 2 });
  });

  it('a half-yearly rule is checked per period: a missed first half stays overdue', async () => {
    await record('forestry', 'PERIODIC_ANALYSIS', '2031-08-01');
    const e = await entry('PERIODIC_ANALYSIS', '2031-09-01', 'forestry');
    expect(e).toMatchObject({ required: 2, counted: 1, status: 'OVERDUE', unit: { name: '大丰林场党委' } });
    expect(e.periods).toEqual([
      { start: '2031-01-01', end: '2031-06-30', due: '2031-06-30', required: 1, counted: 0, status: 'OVERDUE' },
      { start: '2031-07-01', end: '2031-12-31', due: '2031-12-31', required: 1, counted: 1, status: 'MET' },
    ]);
    await record('forestry', 'PERIODIC_ANALYSIS', '2031-05-09');
    expect(await entry('PERIODIC_ANALYSIS', '2031-09-01', 'forestry')).toMatchObject({ counted: 2, status: 'MET' });
    // Before the second half begins, only the first half is judged.
    expect(await entry('PERIODIC_ANALYSIS', '2031-06-20', 'forestry')).toMatchObject({ counted: 1, status: 'MET' });
  });

  it('applies only the rules of the unit\'s kind: 民主生活会 is the bureau committee\'s, 组织生活会 (LOCAL) the committees\' and branches\'', async () => {
    const bureau = await app.ok(Compliance, { unitId: gid('OrgUnit', unitId(app, 'bureau')), year: YEAR }, await app.login('secretary'));
    expect(bureau.compliance.map((e) => e.rule.code)).toContain('DEMOCRATIC_LIFE_MEETING');
    expect(bureau.compliance.map((e) => e.rule.code)).not.toContain('ORGANISATION_LIFE_MEETING');
    const forestry = await app.ok(Compliance, { unitId: gid('OrgUnit', unitId(app, 'forestry')), year: YEAR }, await app.login('secretary'));
    expect(forestry.compliance.map((e) => e.rule.code).sort()).toEqual(['DUTY_REPORT', 'ORGANISATION_LIFE_MEETING', 'PERIODIC_ANALYSIS']);
    const branch = await app.ok(Compliance, { unitId: gid('OrgUnit', unitId(app, 'organs.b1')), year: YEAR }, await app.login('branch.organs1'));
    expect(branch.compliance.map((e) => e.rule.code)).toEqual(['ORGANISATION_LIFE_MEETING']);
  });
});

describe('scope', () => {
  it('answers NOT_FOUND for a unit out of scope, FORBIDDEN for district roles', async () => {
    const q = (unit: string) => ({ unitId: gid('OrgUnit', unitId(app, unit)), year: YEAR });
    expect(codes(await app.run(Compliance, q('organs'), await app.login('member.forestry')))).toEqual(['NOT_FOUND']);
    expect(codes(await app.run(Compliance, q('bureau'), await app.login('other.secretary')))).toEqual(['NOT_FOUND']);
    expect(codes(await app.run(Compliance, q('bureau'), await app.login('district.propaganda')))).toEqual(['FORBIDDEN']);
    expect(codes(await app.run(Compliance, q('forestry'), await app.login('member.forestry')))).toEqual([]);
  });

  it('the summary covers exactly the viewer\'s scope', async () => {
    const asOf = '2031-09-01';
    const all = (await app.ok(Summary, { year: YEAR, asOf }, await app.login('secretary'))).complianceSummary;
    // The bureau committee (8 rules), two party committees (3 each) and 23 general branches and branches (组织生活会).
    expect(all).toMatchObject({ units: 26, total: 37 });
    expect(all.met + all.late + all.dueSoon + all.overdue + all.notYetDue).toBe(37);
    const forestry = (await app.ok(Summary, { year: YEAR, asOf }, await app.login('member.forestry'))).complianceSummary;
    expect(forestry).toMatchObject({ units: 5, total: 14 });
    expect(forestry.attention.map((a) => a.unit.name)).not.toContain('局机关党委');
    const branch = (await app.ok(Summary, { year: YEAR, asOf }, await app.login('branch.organs1'))).complianceSummary;
    expect(branch).toMatchObject({ units: 1, total: 1 });
    const entries = await complianceFor(app.db.prisma, { tenantId: app.demo.bureau.tenantId, subtreeRoots: [unitId(app, 'bureau')] }, YEAR, day(asOf));
    expect(all.overdue).toBe(entries.filter((e) => e.status === 'OVERDUE').length);
  });
});

describe('statements do not grow with units or records', () => {
  it('compliance and the summary send the same number of statements at two sizes', async () => {
    const token = await app.login('secretary');
    const measure = async () => {
      const one = await countStatements(app.db, () => app.ok(Compliance, { unitId: gid('OrgUnit', unitId(app, 'bureau')), year: YEAR, asOf: '2031-12-31' }, token));
      const all = await countStatements(app.db, () => app.ok(Summary, { year: YEAR, asOf: '2031-12-31' }, token));
      return [one.statements, all.statements];
    };
    const small = await measure();
    // Grow: 20 more party committees, 200 more records with attachments.
    const root = await app.db.prisma.orgUnit.findUniqueOrThrow({ where: { id: unitId(app, 'bureau') } });
    const extra = Array.from({ length: 20 }, (_, i) => ({ id: `extra-${i}`, tenantId: root.tenantId, parentId: root.id, kind: 'PARTY_COMMITTEE' as const, name: `测试党委${i}`, ancestorIds: [root.id, `extra-${i}`], depth: 1 }));
    await app.db.prisma.orgUnit.createMany({ data: extra });
    const kinds: WorkRecordKind[] = ['COMMITTEE_STUDY', 'PERIODIC_ANALYSIS', 'DEMOCRATIC_LIFE_MEETING', 'DUTY_REPORT', 'INSPECTION'];
    const rows = Array.from({ length: 200 }, (_, i) => ({
      id: `grow-${i}`, tenantId: root.tenantId, unitId: i % 2 ? root.id : extra[i % 20]!.id, kind: kinds[i % kinds.length]!,
      date: day(`2031-${String((i % 12) + 1).padStart(2, '0')}-15`), title: `记录${i}`, participants: [], recordedById: personId(app, '刘志华'),
      personId: kinds[i % kinds.length] === 'DUTY_REPORT' ? personId(app, '刘志华') : null,
    }));
    await app.db.prisma.workRecord.createMany({ data: rows });
    await app.db.prisma.attachment.createMany({
      data: rows.filter((_, i) => i % 2).map((r) => ({
        tenantId: r.tenantId, unitId: r.unitId, workRecordId: r.id, fileName: `${r.title}.pdf`, mimeType: 'application/pdf', size: 10,
        sha256: 'a'.repeat(64), storageKey: `sha256/aa/aa/${'a'.repeat(64)}`, uploadedByPersonId: personId(app, '刘志华'),
      })),
    });
    const big = await measure();
    expect(big).toEqual(small);
    const bigger = await app.ok(Compliance, { unitId: gid('OrgUnit', unitId(app, 'bureau')), year: YEAR, asOf: '2031-12-31' }, token);
    expect(bigger.compliance.find((e) => e.rule.code === 'COMMITTEE_STUDY')!.records.length).toBeGreaterThan(10);
  });
});

describe('evidence: counted records without an attachment (无佐证)', () => {
  const Evidence = graphql(`
    query CoEvidence($unitId: ID!, $year: Int!, $asOf: Date) {
      compliance(unitId: $unitId, year: $year, asOf: $asOf) { rule { code } counted withoutEvidence records { title attachments { fileName } } }
    }
  `);
  const Upload = graphql(`mutation CoUpload($input: UploadEvidenceInput!) { uploadEvidence(input: $input) { attachment { id } } }`);
  const Overview = graphql(`
    query CoEvidenceDistrict($year: Int!, $asOf: Date) { districtOverview(year: $year, asOf: $asOf) { tenant { name } rules { code withoutEvidence } } }
  `);

  it('every entry says how many counted records have no attachment; the ledgers mark them 无佐证; the district sees the count per rule', async () => {
    const year = 2029;
    const first = await record('bureau', 'INTERNAL_BRIEFING', '2029-03-01');
    await record('bureau', 'INTERNAL_BRIEFING', '2029-04-01');
    const token = await app.login('secretary');
    const briefing = async () => (await app.ok(Evidence, { unitId: gid('OrgUnit', unitId(app, 'bureau')), year, asOf: '2029-12-31' }, token))
      .compliance.find((e) => e.rule.code === 'INTERNAL_BRIEFING')!;
    expect(await briefing()).toMatchObject({ counted: 2, withoutEvidence: 2 });
    const up = await upload(app, token, Upload, { workRecordId: gid('WorkRecord', first.id) }, { name: '通报.pdf', bytes: PDF('通报'), type: 'application/pdf' });
    expect(up.errors).toBeUndefined();
    expect(await briefing()).toMatchObject({ counted: 2, withoutEvidence: 1 });
    // A rule with nothing counted has nothing without evidence.
    const all = (await app.ok(Evidence, { unitId: gid('OrgUnit', unitId(app, 'bureau')), year, asOf: '2029-12-31' }, token)).compliance;
    expect(all.find((e) => e.rule.code === 'COMMITTEE_STUDY')).toMatchObject({ counted: 0, withoutEvidence: 0 });

    const ledger = await csvOf(await download(app, (await app.ok(RequestExport, { input: { ledger: 'COMPLIANCE', format: 'CSV', year } }, token)).requestExport.link.url));
    expect(ledger.records.find((r) => r['单位'] === '中共盐城市大丰区自然资源和规划局委员会' && r['规则编号'] === 'INTERNAL_BRIEFING')).toMatchObject({ '已完成': '2', '无佐证': '1' });
    const records = await csvOf(await download(app, (await app.ok(RequestExport, { input: { ledger: 'WORK_RECORDS', format: 'CSV', year } }, token)).requestExport.link.url));
    const marks = records.records.filter((r) => r['类别'] === '党内通报').map((r) => [r['日期'], r['佐证']]);
    expect(marks).toEqual(expect.arrayContaining([['2029-03-01', ''], ['2029-04-01', '无佐证']]));

    const district = await app.ok(Overview, { year, asOf: '2029-12-31' }, await app.login('district.propaganda'));
    const bureauName = (await app.db.prisma.tenant.findUniqueOrThrow({ where: { id: app.demo.bureau.tenantId } })).name;
    const own = district.districtOverview.find((b) => b.tenant.name === bureauName)!;
    expect(own.rules.find((r) => r.code === 'INTERNAL_BRIEFING')).toMatchObject({ withoutEvidence: 1 });
  });
});
