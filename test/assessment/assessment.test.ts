import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromDatabaseError } from '../../src/errors.js';
import { globalId } from '../../src/lib/ids.js';
import { graphql } from '../gql/index.js';
import { tokenFor } from '../plan/fixtures.js';
import { codes, countStatements, createTestApp, type TestApp } from '../helpers.js';

const DefineSet = graphql(`
  mutation DefineSet($input: DefineIndicatorSetInput!) {
    defineIndicatorSet(input: $input) { indicatorSet { id year version status ratingScaleMin ratingScaleMax definitions { code weight scoring source target } } }
  }
`);

const Sets = graphql(`
  query Sets($year: Int) { indicatorSets(year: $year) { id year version status } }
`);

const Sources = graphql(`
  query Sources { indicatorSources { key name measure } }
`);

const AssessmentFields = graphql(`
  query AssessmentById($id: ID!) {
    node(id: $id) {
      __typename
      ... on Assessment {
        id year status quantitativeScore grade suggestedGrade subjectIsPerson
        unit { name } person { name }
        indicatorSet { year version }
        values { indicator { code scoring } value score }
        ratingSummary { count average min max }
        myRating { score }
        amendments { field before after reason by { name } }
        accountabilityMeasures { measure severity basis person { name } }
      }
    }
  }
`);

const Create = graphql(`
  mutation CreateAssessment($year: Int!, $unitId: ID!, $personId: ID) {
    createAssessment(input: { year: $year, unitId: $unitId, personId: $personId }) { assessment { id status quantitativeScore values { indicator { code } value score } } }
  }
`);

const StartRound = graphql(`
  mutation StartRound($year: Int!, $committeeId: ID!) { startUnitAssessments(input: { year: $year, committeeId: $committeeId }) { assessments { id unit { name } } } }
`);

const Update = graphql(`
  mutation UpdateAssessment($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade) {
    updateAssessment(input: { assessmentId: $id, values: $values, grade: $grade }) { assessment { id quantitativeScore grade } }
  }
`);

const Rate = graphql(`
  mutation Rate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score } } }
`);

const Finalise = graphql(`
  mutation Finalise($id: ID!, $grade: AssessmentGrade!) { finaliseAssessment(input: { assessmentId: $id, grade: $grade }) { assessment { id status grade quantitativeScore } } }
`);

const Amend = graphql(`
  mutation Amend($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade, $reason: String!) {
    amendAssessment(input: { assessmentId: $id, values: $values, grade: $grade, reason: $reason }) { assessment { id quantitativeScore grade amendments { field before after } } }
  }
`);

const Ranking = graphql(`
  query Ranking($committeeId: ID!, $year: Int!, $finalOnly: Boolean) {
    assessmentRanking(committeeId: $committeeId, year: $year, finalOnly: $finalOnly) {
      rank score grade status unit { name } assessment { id values { score } }
    }
  }
`);

const Trend = graphql(`
  query Trend($unitId: ID!, $personId: ID) { assessmentTrend(unitId: $unitId, personId: $personId) { year score change grade status } }
`);

const List = graphql(`
  query AssessmentList($filter: AssessmentFilter) {
    assessments(first: 100, filter: $filter) {
      totalCount
      edges { node {
        id year quantitativeScore status
        unit { name } person { name }
        values { indicator { code name } value score }
        ratingSummary { count average }
        accountabilityMeasures { measure }
        indicatorSet { version }
      } }
    }
  }
`);

let app: TestApp;
let secretary: string;
let propaganda: string;
const unit = (key: string) => globalId('OrgUnit', app.demo.bureau.units.get(key)!);
const person = (name: string) => globalId('Person', app.demo.bureau.people.get(name)!);
const assessmentId = (key: string) => globalId('Assessment', app.demo.assessment.assessments.get(key)!);
const valueOf = (values: { indicator: { code: string }; value?: string | null; score: string }[], code: string) => values.find((v) => v.indicator.code === code)!;

const SIMPLE_SET = (year: number, weights: string[]) => ({
  year, ratingScaleMin: '0.00', ratingScaleMax: '100.00',
  definitions: weights.map((weight, i) => ({ code: `I${i + 1}`, name: `指标${i + 1}`, weight, scoring: 'MANUAL' as const, target: '10' })),
});

beforeAll(async () => {
  app = await createTestApp();
  app.setNow(new Date('2026-11-27T02:00:00Z'));
  secretary = await app.login('secretary');
  propaganda = await app.login('propaganda');
});
afterAll(() => app?.close());

async function fetchAssessment(id: string, token = propaganda) {
  const r = await app.ok(AssessmentFields, { id }, token);
  if (r.node?.__typename !== 'Assessment') throw new Error('not an assessment');
  return r.node;
}

describe('indicator sets', () => {
  it('refuses weights that do not sum to exactly 100, and writes nothing', async () => {
    const before = await app.db.prisma.indicatorSet.count();
    const audits = await app.db.prisma.auditEvent.count();
    const r = await app.run(DefineSet, { input: SIMPLE_SET(2027, ['33.33', '33.33', '33.33']) }, propaganda);
    expect(codes(r)).toEqual(['INDICATOR_WEIGHTS_NOT_100']);
    expect(r.errors![0]!.extensions).toMatchObject({ sum: '99.99' });
    expect(await app.db.prisma.indicatorSet.count()).toBe(before);
    expect(await app.db.prisma.auditEvent.count()).toBe(audits);
  });

  it('accepts decimal weights that sum to exactly 100.00', async () => {
    const r = await app.ok(DefineSet, { input: SIMPLE_SET(2027, ['10.10', '20.20', '69.70']) }, propaganda);
    expect(r.defineIndicatorSet.indicatorSet).toMatchObject({ year: 2027, version: 1, status: 'ACTIVE' });
    expect(r.defineIndicatorSet.indicatorSet.definitions.map((d) => d.weight)).toEqual(['10.10', '20.20', '69.70']);
  });

  it('the database refuses a set whose weights do not sum to 100, at commit', async () => {
    const set = { tenantId: app.demo.bureau.tenantId };
    const error = await app.db.prisma.$transaction(async (tx) => {
      const s = await tx.indicatorSet.create({ data: { tenantId: set.tenantId, year: 2031, version: 1, ratingScaleMin: 0, ratingScaleMax: 5 } });
      await tx.indicatorDefinition.create({ data: { tenantId: set.tenantId, setId: s.id, code: 'A', name: 'A', weight: '99.99', scoring: 'MANUAL', target: 1 } });
    }).catch((e: unknown) => e);
    expect(fromDatabaseError(error)?.code).toBe('INDICATOR_WEIGHTS_NOT_100');
    expect(await app.db.prisma.indicatorSet.count({ where: { year: 2031 } })).toBe(0);
  });

  it('a revision is a new version; the previous one is superseded and its definitions never change', async () => {
    const r = await app.ok(DefineSet, { input: SIMPLE_SET(2027, ['50', '50']) }, propaganda);
    expect(r.defineIndicatorSet.indicatorSet).toMatchObject({ version: 2, status: 'ACTIVE' });
    const sets = await app.ok(Sets, { year: 2027 }, propaganda);
    expect(sets.indicatorSets.map((s) => [s.version, s.status])).toEqual([[2, 'ACTIVE'], [1, 'SUPERSEDED']]);
    await expect(app.db.prisma.indicatorDefinition.updateMany({ where: { set: { year: 2027 } }, data: { weight: 1 } })).rejects.toThrow(/INDICATOR_SET_IMMUTABLE/);
  });

  it('lists the derived sources, and refuses a set that names an unknown one', async () => {
    const r = await app.ok(Sources, {}, propaganda);
    expect(r.indicatorSources.map((s) => s.key)).toEqual([
      'TRAINING_HOURS', 'LIAISON_CONTACTS', 'LIAISON_SECTORS', 'DUTY_COVERAGE', 'TEAM_COMPLETENESS', 'STAFF_RATING',
      'COMMITTEE_STUDIES', 'REPORTS_ON_TIME', 'WORK_ITEMS_ON_TIME', 'RISKS_HANDLED_IN_TIME',
    ]);
    const input = { year: 2028, ratingScaleMin: '1', ratingScaleMax: '5', definitions: [
      { code: 'STUDY', name: '专题学习', weight: '100', scoring: 'DERIVED' as const, source: 'COMMITTEE_MEETINGS', target: '2' },
    ] };
    const refused = await app.run(DefineSet, { input }, propaganda);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.extensions).toMatchObject({ field: 'definitions.source', source: 'COMMITTEE_MEETINGS' });
    expect(await app.db.prisma.indicatorSet.count({ where: { year: 2028 } })).toBe(0);
  });

  it('only the bureau committee\'s first and direct responsible people define sets', async () => {
    const r = await app.run(DefineSet, { input: SIMPLE_SET(2029, ['100']) }, await app.login('member.forestry'));
    expect(codes(r)).toEqual(['FORBIDDEN']);
    const organs = await app.run(DefineSet, { input: SIMPLE_SET(2029, ['100']) }, await app.login('organs.secretary'));
    expect(codes(organs)).toEqual(['FORBIDDEN']);
  });
});

describe('derived values and exact scores', () => {
  it('the forest farm\'s final 2025 score is derived from its records, exactly', async () => {
    const a = await fetchAssessment(assessmentId('2025:forestry'));
    // Training: 7 people × 12 h = 84 h ≥ 60 → 15.00. Liaison: 2 contacts of 6 → 10 × 2/6 = 3.33.
    // Coverage: all 3 branches covered → 15.00. Rating: (92+95+90+93)/4 = 92.5 % → 15 × 0.925 = 13.875 → 13.88.
    expect(valueOf(a.values, 'TRAINING')).toMatchObject({ value: '84.00', score: '15.00' });
    expect(valueOf(a.values, 'LIAISON')).toMatchObject({ value: '2.00', score: '3.33' });
    expect(valueOf(a.values, 'COVERAGE')).toMatchObject({ value: '100.00', score: '15.00' });
    expect(valueOf(a.values, 'RATING')).toMatchObject({ value: '92.50', score: '13.88' });
    expect(a.ratingSummary).toEqual({ count: 4, average: '92.50', min: '90.00', max: '95.00' });
    // 15 + 14 + 14.5 entered by hand.
    expect(a.quantitativeScore).toBe('90.71');
    expect(a).toMatchObject({ status: 'FINAL', grade: 'EXCELLENT', suggestedGrade: 'EXCELLENT' });
  });

  it('a team member is measured by their own training hours and contacts', async () => {
    // A member of the bureau committee is assessed by the district (区委组织部 here), not by the secretary.
    const r = await app.ok(Create, { year: 2025, unitId: unit('bureau'), personId: person('刘志华') }, await app.login('district.organisation'));
    const values = r.createAssessment.assessment.values;
    expect(valueOf(values, 'TRAINING')).toMatchObject({ value: '6.00', score: '1.50' });
    expect(valueOf(values, 'LIAISON')).toMatchObject({ value: '2.00', score: '3.33' });
    expect(r.createAssessment.assessment.status).toBe('DRAFT');
  });

  it('nobody assesses themself, and a second assessment of the same subject and year is refused', async () => {
    const self = await app.run(Create, { year: 2026, unitId: unit('bureau'), personId: person('刘志华') }, propaganda);
    expect(codes(self)).toEqual(['NOT_THE_DECIDER']);
    const again = await app.run(Create, { year: 2026, unitId: unit('forestry') }, propaganda);
    expect(codes(again)).toEqual(['ASSESSMENT_EXISTS']);
  });

  it('manual values are checked against their indicator: range, and derived ones cannot be entered', async () => {
    const id = assessmentId('2026:organs');
    const tooHigh = await app.run(Update, { id, values: [{ code: 'STUDY', value: '15.01' }] }, propaganda);
    expect(codes(tooHigh)).toEqual(['BAD_USER_INPUT']);
    const derived = await app.run(Update, { id, values: [{ code: 'TRAINING', value: '60' }] }, propaganda);
    expect(codes(derived)).toEqual(['BAD_USER_INPUT']);
    const float = await app.run(Update, { id, values: [{ code: 'STUDY', value: 12.5 as unknown as string }] }, propaganda);
    expect(codes(float)).toEqual(['BAD_USER_INPUT']);
    const ok = await app.ok(Update, { id, values: [{ code: 'STUDY', value: '12.50' }] }, propaganda);
    expect(ok.updateAssessment.assessment.quantitativeScore).toMatch(/^\d+\.\d\d$/);
  });
});

describe('评议 ratings', () => {
  it('refuses a rating outside the set\'s scale, and writes nothing', async () => {
    const id = assessmentId('2026:forestry'); // 2026 scale: 1.00–5.00
    // A cadre of the forest farm's own subtree (its branch secretary) rates its team.
    const token = await tokenFor(app, app.demo.bureau.people.get('沈丽萍')!);
    for (const score of ['5.01', '0.50', '-1']) {
      const r = await app.run(Rate, { input: { assessmentId: id, score } }, token);
      expect(codes(r)).toEqual(['RATING_OUT_OF_SCALE']);
    }
    expect(await app.db.prisma.assessmentRating.count({ where: { assessmentId: app.demo.assessment.assessments.get('2026:forestry')! } })).toBe(2);
    const ok = await app.ok(Rate, { input: { assessmentId: id, score: '4.25' } }, token);
    expect(ok.rateAssessment.rating).toEqual({ score: '4.25' });
    // the round is open with 3 ratings: not even the assessor sees the summary yet (评议 is anonymous)
    expect((await fetchAssessment(id)).ratingSummary).toBeNull();
  });

  it('the database refuses an out-of-scale rating too', async () => {
    await expect(app.db.prisma.assessmentRating.create({ data: {
      tenantId: app.demo.bureau.tenantId, assessmentId: app.demo.assessment.assessments.get('2026:forestry')!,
      roundId: (await app.db.prisma.ratingRound.findFirstOrThrow({ where: { year: 2026 } })).id,
      raterPersonId: app.demo.bureau.people.get('孙伟')!, score: '6.00',
    } })).rejects.toThrow(/RATING_OUT_OF_SCALE/);
  });

  it('individual ratings are seen by their rater only', async () => {
    const a = await fetchAssessment(assessmentId('2026:forestry'), secretary);
    expect(a.myRating).toBeNull();
    expect(a.ratingSummary).toBeNull();
  });
});

describe('DRAFT → FINAL and amendments', () => {
  let draftId: string;

  it('finalising needs every manual value', async () => {
    draftId = (await app.ok(Create, { year: 2026, unitId: unit('registry') }, propaganda)).createAssessment.assessment.id;
    const r = await app.run(Finalise, { id: draftId, grade: 'GOOD' }, propaganda);
    expect(codes(r)).toEqual(['ASSESSMENT_INCOMPLETE']);
    expect(r.errors![0]!.extensions).toMatchObject({ missing: ['STUDY', 'POSITION', 'RISK'] });
    expect((await fetchAssessment(draftId)).status).toBe('DRAFT');
  });

  it('a final assessment cannot be edited in place: typed error, nothing written', async () => {
    await app.ok(Update, { id: draftId, values: [{ code: 'STUDY', value: '13' }, { code: 'POSITION', value: '12' }, { code: 'RISK', value: '14' }] }, propaganda);
    const final = await app.ok(Finalise, { id: draftId, grade: 'GOOD' }, propaganda);
    expect(final.finaliseAssessment.assessment).toMatchObject({ status: 'FINAL', grade: 'GOOD' });
    const score = final.finaliseAssessment.assessment.quantitativeScore;

    const edit = await app.run(Update, { id: draftId, values: [{ code: 'STUDY', value: '15' }] }, propaganda);
    expect(codes(edit)).toEqual(['ASSESSMENT_FINAL']);
    // no rating round of the unit: nothing to rate
    const rate = await app.run(Rate, { input: { assessmentId: draftId, score: '3' } }, secretary);
    expect(codes(rate)).toEqual(['NOT_FOUND']);
    const again = await app.run(Finalise, { id: draftId, grade: 'EXCELLENT' }, propaganda);
    expect(codes(again)).toEqual(['ASSESSMENT_FINAL']);
    const after = await fetchAssessment(draftId);
    expect(after).toMatchObject({ quantitativeScore: score, grade: 'GOOD', status: 'FINAL' });
    expect(valueOf(after.values, 'STUDY').value).toBe('13.00');
  });

  it('the database itself refuses changes to a final assessment outside the amendment path', async () => {
    const raw = app.demo.assessment.assessments.get('2025:forestry')!;
    await expect(app.db.prisma.assessment.update({ where: { id: raw }, data: { grade: 'POOR' } })).rejects.toThrow(/ASSESSMENT_FINAL/);
    await expect(app.db.prisma.assessmentValue.updateMany({ where: { assessmentId: raw }, data: { score: 0 } })).rejects.toThrow(/ASSESSMENT_FINAL/);
    await expect(app.db.prisma.assessment.delete({ where: { id: raw } })).rejects.toThrow(/ASSESSMENT_FINAL/);
    expect((await app.db.prisma.assessment.findUniqueOrThrow({ where: { id: raw } })).grade).toBe('EXCELLENT');
  });

  it('an amendment changes a final assessment and records every changed field with its reason', async () => {
    const id = assessmentId('2025:forestry');
    const r = await app.ok(Amend, { id, values: [{ code: 'POSITION', value: '15' }], reason: '复核发现林场网络阵地备案材料漏计，经局党委会研究予以更正。' }, propaganda);
    expect(r.amendAssessment.assessment.quantitativeScore).toBe('91.71');
    expect(r.amendAssessment.assessment.amendments).toEqual([
      { field: 'value:POSITION', before: '14.00', after: '15.00' },
      { field: 'quantitativeScore', before: '90.71', after: '91.71' },
    ]);
    const a = await fetchAssessment(id);
    expect(a.status).toBe('FINAL');
    expect(a.amendments[0]!.by).toEqual({ name: '刘志华' });
    expect(await app.db.prisma.assessmentAmendment.count()).toBe(2);
    await expect(app.db.prisma.assessmentAmendment.deleteMany({})).rejects.toThrow(/ASSESSMENT_FINAL/);
  });

  it('amendments are for final assessments only, need a reason, and must change something', async () => {
    const draft = await app.run(Amend, { id: assessmentId('2026:organs'), grade: 'GOOD', reason: '更正' }, propaganda);
    expect(codes(draft)).toEqual(['ASSESSMENT_NOT_FINAL']);
    const noReason = await app.run(Amend, { id: assessmentId('2025:organs'), grade: 'EXCELLENT', reason: ' ' }, propaganda);
    expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
    const nothing = await app.run(Amend, { id: assessmentId('2025:organs'), grade: 'GOOD', reason: '无变化' }, propaganda);
    expect(codes(nothing)).toEqual(['BAD_USER_INPUT']);
    expect(await app.db.prisma.assessmentAmendment.count()).toBe(2);
  });

  it('a final assessment shows the accountability measures of its year', async () => {
    const office = await fetchAssessment(assessmentId('2025:office.1'));
    expect(office.status).toBe('FINAL');
    expect(office.accountabilityMeasures).toEqual([
      expect.objectContaining({ measure: 'REMINDER', severity: 1, person: { name: '顾建华' } }),
    ]);
    const other = await fetchAssessment(assessmentId('2025:office.2'));
    expect(other.accountabilityMeasures).toEqual([]);
  });
});

describe('ranking and trends', () => {
  it('ranks the units under a committee by score (RANK(): ties share a place)', async () => {
    const r = await app.ok(Ranking, { committeeId: unit('bureau'), year: 2025 }, secretary);
    const rows = r.assessmentRanking;
    expect(rows.map((e) => e.status)).toEqual(Array(rows.length).fill('FINAL'));
    expect(rows.map((e) => e.unit.name)).toEqual(expect.arrayContaining(['大丰林场党委', '局机关党委', '大中自然资源所', '新丰自然资源所', '大丰港分局', '大丰区不动产登记中心']));
    expect(rows[0]!.unit.name).toBe('大丰林场党委');
    const scores = rows.map((e) => Number(e.score));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const e of rows) expect(e.rank).toBe(rows.findIndex((x) => x.score === e.score) + 1);
    const all = await app.ok(Ranking, { committeeId: unit('bureau'), year: 2025, finalOnly: false }, secretary);
    expect(all.assessmentRanking).toHaveLength(17);
  });

  it('ranks only what the viewer may see', async () => {
    const member = await app.ok(Ranking, { committeeId: unit('bureau'), year: 2025 }, await app.login('member.forestry'));
    expect(member.assessmentRanking.map((e) => [e.rank, e.unit.name])).toEqual([[1, '大丰林场党委']]);
    const branch = await app.run(Ranking, { committeeId: unit('bureau'), year: 2025 }, await app.login('branch.organs1'));
    expect(codes(branch)).toEqual(['NOT_FOUND']);
  });

  it('shows a unit\'s score over the years with the change from year to year', async () => {
    const r = await app.ok(Trend, { unitId: unit('forestry') }, secretary);
    expect(r.assessmentTrend.map((p) => [p.year, p.status])).toEqual([[2025, 'FINAL'], [2026, 'DRAFT']]);
    const [y2025, y2026] = r.assessmentTrend;
    expect(y2025!.change).toBeNull();
    expect(y2026!.change).toBe((Math.round((Number(y2026!.score) - Number(y2025!.score)) * 100) / 100).toFixed(2));
    const hidden = await app.ok(Trend, { unitId: unit('forestry') }, await app.login('branch.organs1'));
    expect(hidden.assessmentTrend).toEqual([]);
  });

  it('ranking, lists and a whole assessment round cost the same number of statements at two sizes', async () => {
    const list = () => app.ok(List, { filter: { year: 2026 } }, secretary);
    const ranking = () => app.ok(Ranking, { committeeId: unit('bureau'), year: 2026, finalOnly: false }, secretary);
    const small = await countStatements(app.db, list);
    const smallRanking = await countStatements(app.db, ranking);
    const smallRound = await countStatements(app.db, () => app.ok(StartRound, { year: 2026, committeeId: unit('organs') }, secretary));
    expect(smallRound.result.startUnitAssessments.assessments).toHaveLength(3);
    const bigRound = await countStatements(app.db, () => app.ok(StartRound, { year: 2026, committeeId: unit('bureau') }, secretary));
    expect(bigRound.result.startUnitAssessments.assessments.length).toBeGreaterThanOrEqual(14);
    const big = await countStatements(app.db, list);
    const bigRanking = await countStatements(app.db, ranking);
    expect(big.result.assessments.totalCount).toBeGreaterThan(small.result.assessments.totalCount + 10);
    expect(bigRanking.result.assessmentRanking.length).toBeGreaterThan(smallRanking.result.assessmentRanking.length + 10);
    expect(big.statements).toBe(small.statements);
    expect(bigRanking.statements).toBe(smallRanking.statements);
    expect(bigRound.statements).toBe(smallRound.statements);
  });
});
