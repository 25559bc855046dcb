import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../src/lib/ids.js';
import { decodeGlobalID } from '@pothos/plugin-relay';
const globalIdToId = (id: string) => decodeGlobalID(id).id;
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';
import { tokenFor } from '../plan/fixtures.js';

/**
 * No one judges their superior (DOMAIN.md §6, src/authz/deciders.ts): a team and its members are
 * assessed, and measures decided, by the body above — the district for the bureau committee, the
 * committee above for one inside the bureau — and 纪律处分 only by the discipline body.
 */

const Bureaus = graphql(`
  query DecidersBureaus { bureaus { name committeeId leadershipTeam { personId name role } } }
`);
const OpenTeam = graphql(`
  mutation DecidersOpenTeam($input: OpenTeamAssessmentsInput!) {
    openTeamAssessments(input: $input) { assessments { id subjectName subjectIsPerson unit { name } person { name } status } }
  }
`);
const Create = graphql(`
  mutation DecidersCreate($year: Int!, $unitId: ID!, $personId: ID) { createAssessment(input: { year: $year, unitId: $unitId, personId: $personId }) { assessment { id subjectName } } }
`);
const Update = graphql(`
  mutation DecidersUpdate($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade) {
    updateAssessment(input: { assessmentId: $id, values: $values, grade: $grade }) { assessment { id quantitativeScore grade } }
  }
`);
const Finalise = graphql(`
  mutation DecidersFinalise($id: ID!, $grade: AssessmentGrade!) {
    finaliseAssessment(input: { assessmentId: $id, grade: $grade }) { assessment { id status grade finalisedByRole finalisedBy { name } values { indicator { code } value } } }
  }
`);
const List = graphql(`
  query DecidersList($filter: AssessmentFilter) {
    assessments(first: 100, filter: $filter) { totalCount edges { node { id year subjectName subjectIsPerson unit { name } indicatorSet { year purpose } } } }
  }
`);
const Record = graphql(`
  mutation DecidersRecord($input: RecordAccountabilityInput!) {
    recordAccountability(input: $input) { accountabilityRecord { id measure subjectName recordedByRole recordedBy { name } } }
  }
`);
const Records = graphql(`
  query DecidersRecords { accountabilityRecords(first: 50) { totalCount edges { node { id measure subjectName } } } }
`);
const Units = graphql(`query DecidersUnits { orgUnits(first: 5) { totalCount } }`);

let app: TestApp;
const unit = (key: string) => globalId('OrgUnit', app.demo.bureau.units.get(key)!);
const person = (name: string) => globalId('Person', app.demo.bureau.people.get(name)!);
const as = (username: string) => app.login(username);
const Y = 2027;

beforeAll(async () => {
  app = await createTestApp();
  app.setNow(new Date('2027-06-01T02:00:00Z'));
  // 2027 has no indicator set of its own: the team's is the district's 2026 set, carried forward (issue 21 item 5).
});
afterAll(() => app?.close());

const counts = async () => ({
  assessments: await app.db.prisma.assessment.count(),
  measures: await app.db.prisma.accountabilityRecord.count(),
  audit: await app.db.prisma.auditEvent.count(),
});

describe('the bureau committee is judged by the district, not by itself', () => {
  it('the 副书记 cannot open the secretary\'s assessment, nor the team\'s; the secretary cannot open his own team\'s', async () => {
    const before = await counts();
    const propaganda = await as('propaganda');
    const secretary = await as('secretary');
    for (const r of [
      await app.run(Create, { year: Y, unitId: unit('bureau'), personId: person('王建国') }, propaganda),
      await app.run(Create, { year: Y, unitId: unit('bureau') }, propaganda),
      await app.run(Create, { year: Y, unitId: unit('bureau') }, secretary),
      await app.run(Create, { year: Y, unitId: unit('bureau'), personId: person('刘志华') }, secretary),
      await app.run(OpenTeam, { input: { unitId: unit('bureau'), year: Y } }, secretary),
    ]) {
      expect(codes(r)).toEqual(['NOT_THE_DECIDER']);
      expect(r.errors![0]!.extensions).toMatchObject({ rule: 'deciders' });
    }
    expect(await counts()).toEqual(before);
  });

  it('区委 opens the bureau team\'s round from the bureau list, and sees exactly those assessments', async () => {
    const committee = await as('district.committee');
    const { bureaus } = await app.ok(Bureaus, {}, committee);
    const ours = bureaus.find((b) => b.name === '中共盐城市大丰区自然资源和规划局委员会')!;
    expect(ours.committeeId).toBe(unit('bureau'));
    const team = ['王建国', '刘志华', '张海涛', '李明', '周立新', '吴丽', '孙伟'];
    expect(ours.leadershipTeam.map((m) => m.name).sort()).toEqual([...team].sort());
    expect(ours.leadershipTeam[0]).toMatchObject({ name: '王建国', role: 'SECRETARY' });
    const opened = (await app.ok(OpenTeam, { input: { unitId: ours.committeeId, year: Y } }, committee)).openTeamAssessments.assessments;
    expect(opened.map((a) => a.subjectName).sort()).toEqual(['中共盐城市大丰区自然资源和规划局委员会', ...team].sort());
    // unit-level and person records stay closed to the district: names only
    expect(opened.every((a) => a.unit === null && a.person === null)).toBe(true);
    const list = await app.ok(List, { filter: { year: Y } }, committee);
    expect(list.assessments.totalCount).toBe(8);
    expect(list.assessments.edges.every((e) => e.node.indicatorSet.year === 2026 && e.node.indicatorSet.purpose === 'BUREAU_TEAM')).toBe(true);
    // Nothing inside the bureau: not the 2025/2026 rounds of its party committees
    const all = await app.ok(List, {}, committee);
    expect(all.assessments.edges.map((e) => e.node.subjectName).filter((n) => n.includes('党委') && !n.startsWith('中共'))).toEqual([]);
    expect(codes(await app.run(Units, {}, committee))).toEqual(['FORBIDDEN']);
    // a unit inside the bureau is not the district's to name
    expect(codes(await app.run(Create, { year: Y, unitId: unit('forestry') }, committee))).toEqual(['NOT_FOUND']);
  });

  it('the organisation and propaganda departments score; only 区委 grades (三10, item 13)', async () => {
    const committee = await as('district.committee');
    const team = (await app.ok(List, { filter: { year: Y, subjectIsPerson: false } }, committee)).assessments.edges[0]!.node;
    const values = [{ code: 'STUDY', value: '14' }, { code: 'POSITION', value: '13' }, { code: 'RISK', value: '12' }];
    expect((await app.ok(Update, { id: team.id, values }, await as('district.organisation'))).updateAssessment.assessment.quantitativeScore).toMatch(/^\d+\.\d\d$/);
    await app.ok(Update, { id: team.id, values }, await as('district.propaganda'));
    const before = await counts();
    for (const username of ['district.organisation', 'district.propaganda']) {
      expect(codes(await app.run(Finalise, { id: team.id, grade: 'GOOD' }, await as(username)))).toEqual(['NOT_THE_DECIDER']);
      expect(codes(await app.run(Update, { id: team.id, grade: 'GOOD' }, await as(username)))).toEqual(['NOT_THE_DECIDER']);
    }
    // the cyberspace office and the discipline body have no part in it: they do not even see it
    for (const username of ['district.cyberspace', 'discipline']) {
      expect(codes(await app.run(Update, { id: team.id, values }, await as(username)))).toEqual(['NOT_FOUND']);
      expect((await app.ok(List, {}, await as(username))).assessments.totalCount).toBe(0);
    }
    // the bureau's own leaders cannot grade their own team
    expect(codes(await app.run(Finalise, { id: team.id, grade: 'EXCELLENT' }, await as('secretary')))).toEqual(['NOT_THE_DECIDER']);
    expect(codes(await app.run(Update, { id: team.id, values }, await as('propaganda')))).toEqual(['NOT_THE_DECIDER']);
    expect(await counts()).toEqual(before);
    const final = (await app.ok(Finalise, { id: team.id, grade: 'GOOD' }, committee)).finaliseAssessment.assessment;
    expect(final).toMatchObject({ status: 'FINAL', grade: 'GOOD', finalisedByRole: 'DISTRICT_COMMITTEE', finalisedBy: null });
    expect(final.values.find((v) => v.indicator.code === 'STUDY')?.value).toBe('14.00');
  });
});

describe('inside the bureau, the committee above decides', () => {
  it('the bureau committee opens the forest farm team\'s round; the forest farm\'s secretary cannot judge his own team or his deputy', async () => {
    const forestry = await as('forestry.secretary');
    const before = await counts();
    expect(codes(await app.run(OpenTeam, { input: { unitId: unit('forestry'), year: Y } }, forestry))).toEqual(['NOT_THE_DECIDER']);
    expect(codes(await app.run(Create, { year: Y, unitId: unit('forestry'), personId: person('钱红') }, forestry))).toEqual(['NOT_THE_DECIDER']);
    // a "one post, two duties" member leads no committee: not a decider either
    expect(codes(await app.run(OpenTeam, { input: { unitId: unit('forestry'), year: Y } }, await as('member.forestry')))).toEqual(['NOT_THE_DECIDER']);
    expect(await counts()).toEqual(before);
    const opened = (await app.ok(OpenTeam, { input: { unitId: unit('forestry'), year: Y } }, await as('propaganda'))).openTeamAssessments.assessments;
    expect(opened.map((a) => a.subjectName).sort()).toEqual(['大丰林场党委', '赵国强', '钱红', '冯军', '何静'].sort());
    // the forest farm's committee decides on its branches
    const branch = await app.ok(Create, { year: Y, unitId: unit('forestry.b1') }, forestry);
    expect(branch.createAssessment.assessment.subjectName).toBe('林场第一党支部');
  });
});

describe('accountability: the body above, and the body empowered', () => {
  const input = (over: Record<string, unknown>) => ({
    unitId: unit('organs.b1'), personId: person('马超'), measure: 'REMINDER', basis: '转发不实信息，造成不良影响。',
    decidingBody: '局机关党委', decidedOn: '2027-05-20', ...over,
  }) as never;

  it('the 副书记 records nothing against the secretary; a branch secretary no sanction and nothing against his own team', async () => {
    const before = await counts();
    const propaganda = await as('propaganda');
    const branch = await as('branch.organs1');
    for (const r of [
      await app.run(Record, { input: input({ unitId: unit('bureau'), personId: person('王建国'), measure: 'DISCIPLINARY_SANCTION' }) }, propaganda),
      await app.run(Record, { input: input({ unitId: unit('bureau'), personId: person('王建国'), measure: 'REMINDER' }) }, propaganda),
      await app.run(Record, { input: input({ unitId: unit('bureau'), personId: null, measure: 'CRITICISM_EDUCATION' }) }, await as('secretary')),
      await app.run(Record, { input: input({ measure: 'DISCIPLINARY_SANCTION' }) }, branch),
      await app.run(Record, { input: input({ personId: person('林晓'), measure: 'REMINDER' }) }, branch),
      // 组织处理 inside the bureau is the bureau committee's, not the organs committee's
      await app.run(Record, { input: input({ measure: 'ORGANISATIONAL_HANDLING' }) }, await as('organs.secretary')),
      // 纪律处分 is not even the bureau committee's
      await app.run(Record, { input: input({ measure: 'DISCIPLINARY_SANCTION' }) }, propaganda),
    ]) {
      expect(codes(r)).toEqual(['NOT_THE_DECIDER']);
    }
    expect(await counts()).toEqual(before);
  });

  it('allowed paths: the branch reminds its plain member; the bureau committee orders 组织处理; the discipline body sanctions', async () => {
    const reminded = await app.ok(Record, { input: input({}) }, await as('branch.organs1'));
    expect(reminded.recordAccountability.accountabilityRecord).toMatchObject({ measure: 'REMINDER', subjectName: '马超', recordedBy: { name: '黄磊' }, recordedByRole: null });
    const handled = await app.ok(Record, { input: input({ measure: 'ORGANISATIONAL_HANDLING', decidingBody: '局党委' }) }, await as('secretary'));
    expect(handled.recordAccountability.accountabilityRecord.measure).toBe('ORGANISATIONAL_HANDLING');
    const discipline = await as('discipline');
    const sanction = await app.ok(Record, { input: input({ measure: 'DISCIPLINARY_SANCTION', decidingBody: '区纪委监委' }) }, discipline);
    expect(sanction.recordAccountability.accountabilityRecord).toMatchObject({ measure: 'DISCIPLINARY_SANCTION', subjectName: '马超', recordedByRole: 'DISCIPLINE_INSPECTION', recordedBy: null });
    // the discipline body decides nothing milder, and sees only the sanctions of its district
    expect(codes(await app.run(Record, { input: input({ measure: 'CRITICISM_EDUCATION' }) }, discipline))).toEqual(['NOT_THE_DECIDER']);
    expect((await app.ok(Records, {}, discipline)).accountabilityRecords.edges.map((e) => e.node.measure)).toEqual(['DISCIPLINARY_SANCTION']);
  });

  it('for the bureau team: 区委 circulates criticism, 区委组织部 orders 组织处理, 区委宣传部 only reminds', async () => {
    const against = (measure: string) => input({ unitId: unit('bureau'), personId: person('刘志华'), measure, decidingBody: '区委' });
    const committee = await as('district.committee');
    expect((await app.ok(Record, { input: against('CIRCULATED_CRITICISM') }, committee)).recordAccountability.accountabilityRecord).toMatchObject({ subjectName: '刘志华', recordedByRole: 'DISTRICT_COMMITTEE' });
    await app.ok(Record, { input: against('ORGANISATIONAL_HANDLING') }, await as('district.organisation'));
    const propaganda = await as('district.propaganda');
    await app.ok(Record, { input: against('REMINDER') }, propaganda);
    const before = await counts();
    expect(codes(await app.run(Record, { input: against('CIRCULATED_CRITICISM') }, propaganda))).toEqual(['NOT_THE_DECIDER']);
    expect(codes(await app.run(Record, { input: against('DISCIPLINARY_SANCTION') }, committee))).toEqual(['NOT_THE_DECIDER']);
    // inside the bureau the district committee decides nothing: the bureau committee does
    expect(codes(await app.run(Record, { input: input({ measure: 'REMINDER' }) }, committee))).toEqual(['NOT_THE_DECIDER']);
    expect(codes(await app.run(Record, { input: against('REMINDER') }, await as('district.cyberspace')))).toEqual(['NOT_THE_DECIDER']);
    expect(await counts()).toEqual(before);
    // each sees what it decides: 区委 its kinds at the bureau root, the propaganda department its reminder
    expect((await app.ok(Records, {}, committee)).accountabilityRecords.edges.map((e) => e.node.measure).sort()).toEqual(['CIRCULATED_CRITICISM', 'ORGANISATIONAL_HANDLING', 'REMINDER']);
    expect((await app.ok(Records, {}, propaganda)).accountabilityRecords.edges.map((e) => e.node.measure)).toEqual(['REMINDER']);
  });
});

describe('no one judges their superior, in any unit: the person\'s highest team position decides', () => {
  const OpenRound = graphql(`mutation DecidersOpenRound($input: OpenRatingRoundInput!) { openRatingRound(input: $input) { round { id } } }`);
  const Rate = graphql(`mutation DecidersRate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score } } }`);
  const bureauSecretary = () => app.demo.bureau.people.get('王建国')!;
  const against = (measure: string) => ({
    unitId: unit('organs.b1'), personId: person('王建国'), measure, basis: '转发不实信息。', decidingBody: '机关第一支部', decidedOn: '2027-05-21',
  }) as never;

  beforeAll(async () => {
    // An administrator gives the bureau secretary a plain MEMBER post in 机关第一支部.
    await app.db.prisma.post.create({
      data: { tenantId: app.demo.bureau.tenantId, unitId: app.demo.bureau.units.get('organs.b1')!, personId: bureauSecretary(), role: 'MEMBER', title: '党员', startDate: new Date('2027-01-01T00:00:00Z') },
    });
  });

  it('the branch secretary and the 副书记 cannot sanction the bureau secretary through the branch: NOT_THE_DECIDER in Chinese terms, nothing written', async () => {
    const before = await counts();
    const criticised = await app.run(Record, { input: against('CIRCULATED_CRITICISM') }, await as('branch.organs1'));
    expect(codes(criticised)).toEqual(['NOT_THE_DECIDER']);
    const message = criticised.errors![0]!.message;
    const chinese = message.slice(0, message.indexOf(' ('));
    expect(chinese).toBe('通报批评须由区委决定');
    expect(chinese).not.toMatch(/[A-Z_]{3,}/);
    expect(codes(await app.run(Record, { input: against('ORGANISATIONAL_HANDLING') }, await as('propaganda')))).toEqual(['NOT_THE_DECIDER']);
    expect(codes(await app.run(Record, { input: against('REMINDER') }, await as('organs.secretary')))).toEqual(['NOT_THE_DECIDER']);
    expect(await counts()).toEqual(before);
    // The district's deciders judge him, whatever unit the request names.
    const done = await app.ok(Record, { input: against('CIRCULATED_CRITICISM') }, await as('district.committee'));
    expect(done.recordAccountability.accountabilityRecord).toMatchObject({ measure: 'CIRCULATED_CRITICISM', subjectName: '王建国', recordedByRole: 'DISTRICT_COMMITTEE' });
    // It is recorded where he is judged: the bureau committee, where the district sees it.
    const row = await app.db.prisma.accountabilityRecord.findUniqueOrThrow({ where: { id: globalIdToId(done.recordAccountability.accountabilityRecord.id) } });
    expect(row.unitId).toBe(app.demo.bureau.units.get('bureau'));
  });

  it('中层干部 (a post holder who is not a team member) is assessed by the committee; the bureau secretary\'s branch post makes him no one\'s subordinate there', async () => {
    const organs = await as('organs.secretary');
    const cadre = await app.ok(Create, { year: Y, unitId: unit('organs.b1'), personId: person('马超') }, organs);
    expect(cadre.createAssessment.assessment.subjectName).toBe('马超');
    const before = await counts();
    const refused = await app.run(Create, { year: Y, unitId: unit('organs.b1'), personId: person('王建国') }, organs);
    expect(codes(refused)).toEqual(['NOT_THE_DECIDER']);
    expect(refused.errors![0]!.message).toMatch(/^启动考核须由区委、区委组织部、区委宣传部决定 \(OPEN_ASSESSMENT is decided by DISTRICT_COMMITTEE/);
    expect(await counts()).toEqual(before);
  });

  it('raters of 民主评议 come from the rated unit\'s own subtree: a cadre of 机关 cannot rate the forest farm\'s team', async () => {
    await app.ok(OpenRound, { input: { unitId: unit('forestry'), year: Y } }, await as('propaganda'));
    const team = await app.db.prisma.assessment.findFirstOrThrow({ where: { unitId: app.demo.bureau.units.get('forestry')!, year: Y, personId: null } });
    const input = { assessmentId: globalId('Assessment', team.id), score: '4.00' };
    const ratings = await app.db.prisma.assessmentRating.count();
    expect(codes(await app.run(Rate, { input }, await as('branch.organs1')))).toEqual(['NOT_FOUND']);
    expect(await app.db.prisma.assessmentRating.count()).toBe(ratings);
    // The forest farm's own branch secretary rates.
    expect(codes(await app.run(Rate, { input }, await tokenFor(app, app.demo.bureau.people.get('沈丽萍')!)))).toEqual([]);
    expect(await app.db.prisma.assessmentRating.count()).toBe(ratings + 1);
  });
});

describe('the yardstick is pinned: an assessment keeps the set version it was opened with', () => {
  const DefineSet = graphql(`
    mutation DecidersDefineSet($input: DefineIndicatorSetInput!) { defineIndicatorSet(input: $input) { indicatorSet { id version } } }
  `);

  it('the bureau redefining its own set does not move an open assessment of the bureau team: refresh keeps the pinned version and its indicators', async () => {
    const team = await app.db.prisma.assessment.findFirstOrThrow({ where: { unitId: app.demo.bureau.units.get('bureau')!, year: Y, status: 'DRAFT' }, include: { set: true } });
    const codesBefore = (await app.db.prisma.indicatorDefinition.findMany({ where: { setId: team.setId }, orderBy: { sortOrder: 'asc' } })).map((d) => d.code);
    const redefined = await app.ok(DefineSet, {
      input: { year: Y, ratingScaleMin: '1', ratingScaleMax: '5', definitions: [{ code: 'EASY', name: '容易指标', weight: '100', scoring: 'DERIVED', source: 'TEAM_COMPLETENESS', target: '0.01' }] },
    }, await as('secretary'));
    expect(redefined.defineIndicatorSet.indicatorSet.version).toBe(1);
    expect(team.set).toMatchObject({ purpose: 'BUREAU_TEAM', year: 2026 });
    // and the team's own set is not the bureau's to redefine
    const forbidden = await app.run(DefineSet, {
      input: { year: Y, purpose: 'BUREAU_TEAM', ratingScaleMin: '1', ratingScaleMax: '5', definitions: [{ code: 'EASY', name: '容易指标', weight: '100', scoring: 'DERIVED', source: 'TEAM_COMPLETENESS', target: '0.01' }] },
    }, await as('secretary'));
    expect(codes(forbidden)).toEqual(['FORBIDDEN']);
    const refreshed = await app.ok(Update, { id: globalId('Assessment', team.id) }, await as('district.organisation'));
    expect(refreshed.updateAssessment.assessment.quantitativeScore).not.toBe('100.00');
    const after = await app.db.prisma.assessment.findUniqueOrThrow({ where: { id: team.id }, include: { values: { include: { definition: true } } } });
    expect(after.setId).toBe(team.setId);
    expect(after.values.map((v) => v.definition.code).sort()).toEqual([...codesBefore].sort());
  });
});
