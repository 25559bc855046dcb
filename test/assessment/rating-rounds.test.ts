import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, idOf } from '../../src/lib/ids.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';

/**
 * 干部职工评议 (四(二)): the body that assesses the bureau team opens a round; every cadre of the
 * bureau rates the team and each member once (changeable while open), seeing only the targets;
 * ratings are anonymous, also by inference; the deciders read the aggregate only after closing.
 */

const OpenTeam = graphql(`
  mutation RoundsOpenTeam($input: OpenTeamAssessmentsInput!) { openTeamAssessments(input: $input) { assessments { id } } }
`);
const Open = graphql(`
  mutation RoundsOpen($input: OpenRatingRoundInput!) { openRatingRound(input: $input) { round { id year status unitName } } }
`);
const Close = graphql(`
  mutation RoundsClose($input: CloseRatingRoundInput!) { closeRatingRound(input: $input) { round { id status closedAt } } }
`);
const Rounds = graphql(`
  query RoundsList { ratingRounds { id year unitName status targets { assessmentId subjectName subjectIsPerson myRating { score } } } }
`);
const Rate = graphql(`
  mutation RoundsRate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score comment } } }
`);
const Summary = graphql(`
  query RoundsSummary($id: ID!) { node(id: $id) { ... on Assessment { subjectName myRating { score } ratingSummary { count average } values { indicator { code } value } } } }
`);
const Trail = graphql(`
  query RoundsTrail { auditTrail(first: 100, filter: { entityType: "RatingRound" }) { edges { node { action actorName entityId before after } } } }
`);
const RatingNode = graphql(`query RoundsRatingNode($id: ID!) { node(id: $id) { id } }`);
const RequestExportDoc = graphql(`
  mutation RoundsExport($input: RequestExportInput!) { requestExport(input: $input) { link { url } } }
`);
const Refresh = graphql(`mutation RoundsRefresh($id: ID!) { refreshAssessment(input: { assessmentId: $id }) { assessment { id } } }`);

let app: TestApp;
const Y = 2027;
const unit = (key: string) => globalId('OrgUnit', app.demo.bureau.units.get(key)!);
const as = (u: string) => app.login(u);
let roundId: string;
let teamId: string;
let secretaryAssessmentId: string;

beforeAll(async () => {
  app = await createTestApp();
  app.setNow(new Date('2027-11-20T02:00:00Z'));
  const set = await app.db.prisma.indicatorSet.findFirstOrThrow({ where: { tenantId: app.demo.bureau.tenantId, year: 2026 }, include: { definitions: true } });
  await app.db.prisma.indicatorSet.create({
    data: {
      tenantId: set.tenantId, year: Y, version: 1, ratingScaleMin: set.ratingScaleMin, ratingScaleMax: set.ratingScaleMax,
      definitions: { createMany: { data: set.definitions.map(({ id: _id, setId: _s, tenantId: _t, ...d }) => d) } },
    },
  });
  await app.ok(OpenTeam, { input: { unitId: unit('bureau'), year: Y } }, await as('district.committee'));
  // four more cadres with accounts, in branches that cannot see the bureau committee's unit
  const people = ['马超', '林晓', '徐婷', '朱慧'];
  const hash = (await app.db.prisma.userAccount.findFirstOrThrow({ where: { username: 'secretary' } })).passwordHash;
  await app.db.prisma.userAccount.createMany({
    data: people.map((name, i) => ({ username: `cadre${i}`, passwordHash: hash, displayName: name, tenantId: app.demo.bureau.tenantId, personId: app.demo.bureau.people.get(name)! })),
  });
});
afterAll(() => app?.close());

const ratingsCount = () => app.db.prisma.assessmentRating.count();

describe('opening a round', () => {
  it('the bureau\'s own leaders cannot open their team\'s round; 区委 can, once a year', async () => {
    expect(codes(await app.run(Open, { input: { unitId: unit('bureau'), year: Y } }, await as('secretary')))).toEqual(['NOT_THE_DECIDER']);
    expect(codes(await app.run(Open, { input: { unitId: unit('bureau'), year: Y } }, await as('district.cyberspace')))).toEqual(['NOT_THE_DECIDER']);
    const committee = await as('district.committee');
    const r = await app.ok(Open, { input: { unitId: unit('bureau'), year: Y } }, committee);
    expect(r.openRatingRound.round).toMatchObject({ year: Y, status: 'OPEN', unitName: '中共盐城市大丰区自然资源和规划局委员会' });
    roundId = r.openRatingRound.round!.id;
    expect(codes(await app.run(Open, { input: { unitId: unit('bureau'), year: Y } }, await as('district.organisation')))).toEqual(['RATING_ROUND_EXISTS']);
  });
});

describe('rating', () => {
  it('a branch secretary who cannot see the bureau committee rates its team and members, seeing only the targets by name', async () => {
    const branch = await as('branch.organs1');
    const { ratingRounds } = await app.ok(Rounds, {}, branch);
    const round = ratingRounds.find((r) => r.id === roundId)!;
    expect(round.targets).toHaveLength(8);
    const team = round.targets.find((t) => !t.subjectIsPerson)!;
    teamId = team.assessmentId;
    secretaryAssessmentId = round.targets.find((t) => t.subjectName === '王建国')!.assessmentId;
    // the assessment itself stays invisible to him
    expect((await app.ok(Summary, { id: teamId }, branch)).node).toBeNull();
    expect((await app.ok(Rate, { input: { assessmentId: teamId, score: '4.00', comment: '团结有力' } }, branch)).rateAssessment.rating).toEqual({ score: '4.00', comment: '团结有力' });
    // once per target: a second rating changes the first
    const before = await ratingsCount();
    await app.ok(Rate, { input: { assessmentId: teamId, score: '4.50' } }, branch);
    expect(await ratingsCount()).toBe(before);
    const again = (await app.ok(Rounds, {}, branch)).ratingRounds.find((r) => r.id === roundId)!;
    expect(again.targets.find((t) => t.assessmentId === teamId)!.myRating).toEqual({ score: '4.50' });
  });

  it('no one rates themself; the secretary does not even see himself among the targets', async () => {
    const secretary = await as('secretary');
    const round = (await app.ok(Rounds, {}, secretary)).ratingRounds.find((r) => r.id === roundId)!;
    expect(round.targets.map((t) => t.subjectName)).not.toContain('王建国');
    expect(codes(await app.run(Rate, { input: { assessmentId: secretaryAssessmentId, score: '5' } }, secretary))).toEqual(['FORBIDDEN']);
  });

  it('outsiders cannot rate: another bureau\'s cadre and district bodies get NOT_FOUND / FORBIDDEN and see no round', async () => {
    const before = await ratingsCount();
    const other = await as('other.secretary');
    expect((await app.ok(Rounds, {}, other)).ratingRounds.map((r) => r.id)).not.toContain(roundId);
    expect(codes(await app.run(Rate, { input: { assessmentId: teamId, score: '3' } }, other))).toEqual(['NOT_FOUND']);
    expect(codes(await app.run(Rate, { input: { assessmentId: teamId, score: '3' } }, await as('district.committee')))).toEqual(['FORBIDDEN']);
    expect((await app.ok(Rounds, {}, await as('district.cyberspace'))).ratingRounds).toEqual([]);
    expect(await ratingsCount()).toBe(before);
  });
});

describe('anonymity and the aggregate', () => {
  it('only the deciders see the summary, and only once the round is closed, whatever the count; nobody sees another\'s rating', async () => {
    const committee = await as('district.committee');
    expect((await app.ok(Summary, { id: teamId }, committee)).node).toMatchObject({ ratingSummary: null, myRating: null });
    for (const [i, score] of ['3.00', '4.00', '5.00'].entries()) await app.ok(Rate, { input: { assessmentId: teamId, score } }, await as(`cadre${i}`));
    expect((await app.ok(Summary, { id: teamId }, committee)).node).toMatchObject({ ratingSummary: null }); // 4 ratings
    await app.ok(Rate, { input: { assessmentId: teamId, score: '4.00' } }, await as('cadre3'));
    // 5 ratings, and still nothing while the round is open: a summary moving with each rating would
    // give a changed rating away by difference (issue 23).
    expect((await app.ok(Summary, { id: teamId }, committee)).node).toMatchObject({ ratingSummary: null });
    // the team's own secretary sees the assessment (his unit) but not the summary, nor anyone's rating
    const mine = (await app.ok(Summary, { id: teamId }, await as('secretary'))).node;
    expect(mine).toMatchObject({ ratingSummary: null, myRating: null });
    // the audit trail records no rating at all while the round is open (its times would name the raters)
    expect(await app.db.prisma.auditEvent.count({ where: { action: 'assessment.rate' } })).toBe(0);
    expect(await app.db.prisma.auditEvent.count({ where: { entityType: 'RatingRound', entityId: idOf(roundId, 'RatingRound') } })).toBe(1); // the opening
  });

  it('no one but the rater learns who rated: not the rated leaders through the audit trail or its export, not the deciders, not other raters', async () => {
    // Ratings so far: cadre0..cadre3 on the team (the test above).
    const raterNames = ['马超', '林晓', '徐婷', '朱慧'];
    const raterUsernames = ['cadre0', 'cadre1', 'cadre2', 'cadre3'];
    const secretary = await as('secretary');
    // The audit trail (read by the bureau committee's leaders, the rated team) shows no rating event at all.
    const trail = (await app.ok(Trail, {}, secretary)).auditTrail.edges.map((e) => e.node);
    expect(trail.map((e) => e.action)).toEqual(['ratingRound.open']);
    const auditCsv = await app.run(RequestExportDoc, { input: { ledger: 'AUDIT', format: 'CSV' } }, secretary);
    const text = await (await app.yoga.fetch(`http://zeren.test${auditCsv.data!.requestExport.link.url}`)).text();
    expect(text).not.toContain('assessment.rate');
    for (const name of raterNames) expect(text.split('\n').filter((l) => l.includes('assessment.rate') && l.includes(name))).toEqual([]);
    // A rating row answers null to everyone but its rater, deciders included.
    const rows = await app.db.prisma.assessmentRating.findMany({ where: { assessmentId: idOf(teamId, 'Assessment') } });
    for (const row of rows) {
      const id = globalId('AssessmentRating', row.id);
      const rater = raterUsernames[raterNames.indexOf((await app.db.prisma.person.findUniqueOrThrow({ where: { id: row.raterPersonId } })).name)]!;
      for (const username of ['secretary', 'propaganda', 'district.committee', 'district.organisation', ...raterUsernames.filter((u) => u !== rater)]) {
        const r = await app.run(RatingNode, { id }, await as(username));
        expect(r.data?.node ?? null, `${username} reading ${rater}'s rating`).toBeNull();
      }
    }
    // Nor through the targets of the round, nor the assessment: only one's own rating.
    for (const username of ['secretary', 'propaganda', 'member.forestry']) {
      const rounds = (await app.ok(Rounds, {}, await as(username))).ratingRounds;
      expect(rounds.flatMap((r) => r.targets).filter((t) => t.myRating !== null), username).toEqual([]);
      expect((await app.ok(Summary, { id: teamId }, await as(username))).node ?? { myRating: null }).toMatchObject({ myRating: null });
    }
    // The aggregate: deciders only (not the rated secretary), in the API and in the ASSESSMENTS export.
    expect((await app.ok(Summary, { id: teamId }, secretary)).node).toMatchObject({ ratingSummary: null });
    const assessmentsCsv = await app.run(RequestExportDoc, { input: { ledger: 'ASSESSMENTS', format: 'CSV', year: Y } }, secretary);
    const rowsText = await (await app.yoga.fetch(`http://zeren.test${assessmentsCsv.data!.requestExport.link.url}`)).text();
    const [header, ...lines] = rowsText.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    const col = header!.split(',').indexOf('评议人数');
    expect(col).toBeGreaterThanOrEqual(0);
    expect(lines.map((l) => l.split(',')[col]).filter((v) => v !== '0' && v !== '')).toEqual([]);
  });

  it('closing ends rating; the aggregate feeds the STAFF_RATING indicator; the database keeps one rating per rater, target and round', async () => {
    const committee = await as('district.committee');
    expect(codes(await app.run(Close, { input: { roundId } }, await as('secretary')))).toEqual(['NOT_FOUND']);
    expect((await app.ok(Close, { input: { roundId } }, committee)).closeRatingRound.round).toMatchObject({ status: 'CLOSED' });
    // The round is recorded once, at close: how many rated, nothing per rating.
    const closing = (await app.ok(Trail, {}, await as('secretary'))).auditTrail.edges.map((e) => e.node).filter((e) => e.action === 'ratingRound.close');
    expect(closing.map((e) => e.after)).toEqual([{ status: 'CLOSED', raters: 5, ratings: 5 }]);
    // Now the deciders see the summary.
    expect((await app.ok(Summary, { id: teamId }, committee)).node).toMatchObject({ ratingSummary: { count: 5, average: '4.10' } });
    expect(codes(await app.run(Rate, { input: { assessmentId: teamId, score: '1' } }, await as('branch.organs1')))).toEqual(['RATING_ROUND_CLOSED']);
    await app.ok(Refresh, { id: teamId }, committee);
    const values = (await app.ok(Summary, { id: teamId }, committee)).node as { values: { indicator: { code: string }; value: string | null }[] };
    // average 4.10 on a 1–5 scale → (4.10 − 1) / 4 = 77.50 %
    expect(values.values.find((v) => v.indicator.code === 'RATING')?.value).toBe('77.50');
    const rating = await app.db.prisma.assessmentRating.findFirstOrThrow({ where: { assessmentId: idOf(teamId, 'Assessment') } });
    await expect(app.db.prisma.assessmentRating.create({ data: { tenantId: rating.tenantId, roundId: rating.roundId, assessmentId: rating.assessmentId, raterPersonId: rating.raterPersonId, score: '2' } })).rejects.toThrow();
    await expect(app.db.prisma.assessmentRating.update({ where: { id: rating.id }, data: { score: '1' } })).rejects.toThrow(/RATING_ROUND_CLOSED/);
  });
});
