import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { globalId } from '../../src/lib/ids.js';
import { graphql } from '../gql/index.js';
import { fcParameters } from '../fc.js';
import { createTestApp, type TestApp } from '../helpers.js';

/**
 * Issue 23, point 4: anonymity that survives inference. Random raters give random ratings (some
 * changed before the end) in random order. Two scenarios with the same final ratings given by
 * different raters in a different order must look the same, at every step, to the rated secretary
 * (who reads the audit trail) and to the deciders (区委, who read the summary and refresh the
 * derived values): while the round is open nothing they read moves at all; after it closes what
 * they read is the same in both scenarios. A fixed seed by default (FC_SEED to vary it).
 */

const OpenTeam = graphql(`mutation AnonOpenTeam($input: OpenTeamAssessmentsInput!) { openTeamAssessments(input: $input) { assessments { id subjectIsPerson } } }`);
const Open = graphql(`mutation AnonOpen($input: OpenRatingRoundInput!) { openRatingRound(input: $input) { round { id } } }`);
const Close = graphql(`mutation AnonClose($input: CloseRatingRoundInput!) { closeRatingRound(input: $input) { round { status } } }`);
const Rate = graphql(`mutation AnonRate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score } } }`);
const Refresh = graphql(`mutation AnonRefresh($id: ID!) { refreshAssessment(input: { assessmentId: $id }) { assessment { id } } }`);
const Seen = graphql(`
  query AnonSeen($id: ID!) {
    node(id: $id) { ... on Assessment { status ratingSummary { count average min max } values { indicator { code } value score } } }
    ratingRounds(openOnly: false) { year status targets { subjectName myRating { score } } }
  }
`);
const Trail = graphql(`query AnonTrail { auditTrail(first: 200) { edges { node { seq action actorName entityType before after } } } }`);

let app: TestApp;
const RATERS = ['cadre0', 'cadre1', 'cadre2', 'cadre3', 'branch.organs1', 'organs.secretary'];
const SCORES = ['1.00', '2.00', '3.00', '4.00', '5.00'];
let nextYear = 2031;

beforeAll(async () => {
  app = await createTestApp();
  app.setNow(new Date('2027-11-20T02:00:00Z'));
  const hash = (await app.db.prisma.userAccount.findFirstOrThrow({ where: { username: 'secretary' } })).passwordHash;
  await app.db.prisma.userAccount.createMany({
    data: ['马超', '林晓', '徐婷', '朱慧'].map((name, i) => ({ username: `cadre${i}`, passwordHash: hash, displayName: name, tenantId: app.demo.bureau.tenantId, personId: app.demo.bureau.people.get(name)! })),
  });
});
afterAll(() => app?.close());

/** A fresh year with the bureau team's assessments and an open round; returns the team's assessment id. */
async function openYear(): Promise<{ teamId: string; roundId: string; year: number }> {
  const year = nextYear++;
  const set = await app.db.prisma.indicatorSet.findFirstOrThrow({ where: { tenantId: app.demo.bureau.tenantId, year: 2026 }, include: { definitions: true } });
  await app.db.prisma.indicatorSet.create({
    data: {
      tenantId: set.tenantId, year, version: 1, ratingScaleMin: set.ratingScaleMin, ratingScaleMax: set.ratingScaleMax,
      definitions: { createMany: { data: set.definitions.map(({ id: _id, setId: _s, tenantId: _t, ...d }) => d) } },
    },
  });
  const committee = await app.login('district.committee');
  const unitId = globalId('OrgUnit', app.demo.bureau.units.get('bureau')!);
  const team = (await app.ok(OpenTeam, { input: { unitId, year } }, committee)).openTeamAssessments.assessments.find((a) => !a.subjectIsPerson)!;
  const round = (await app.ok(Open, { input: { unitId, year } }, committee)).openRatingRound.round!;
  return { teamId: team.id, roundId: round.id, year };
}

/** What the rated secretary and a decider can read about the year, with no ids (they differ between years). */
async function observe(teamId: string, year: number, fromSeq: bigint) {
  const committee = await app.login('district.committee');
  const secretary = await app.login('secretary');
  await app.ok(Refresh, { id: teamId }, committee);
  const seen = async (token: string) => {
    const r = await app.ok(Seen, { id: teamId }, token);
    return { node: r.node, rounds: r.ratingRounds.filter((x) => x.year === year).map(({ year: _y, ...x }) => x) };
  };
  const trail = (await app.ok(Trail, {}, secretary)).auditTrail.edges.map((e) => e.node)
    .filter((e) => BigInt(e.seq) > fromSeq && e.action !== 'assessment.update') // the decider's own refreshes
    // Which events, by whom, in what order; the contents of the round's closing record (the others
    // carry the year's ids, which differ between scenarios).
    .map((e) => ({ action: e.action, actorName: e.actorName, entityType: e.entityType, after: e.action === 'ratingRound.close' ? e.after : null }));
  return { decider: await seen(committee), secretary: { ...(await seen(secretary)), trail } };
}

const lastSeq = async () => (await app.db.prisma.auditEvent.aggregate({ where: { chainKey: app.demo.bureau.tenantId }, _max: { seq: true } }))._max.seq ?? 0n;

interface Action { rater: string; score: string }

/** Runs one scenario; returns the open-phase observations (one per step) and the closed one. */
async function scenario(actions: Action[]) {
  const start = await lastSeq();
  const { teamId, roundId, year } = await openYear();
  const open = [await observe(teamId, year, start)];
  for (const a of actions) {
    await app.ok(Rate, { input: { assessmentId: teamId, score: a.score } }, await app.login(a.rater));
    open.push(await observe(teamId, year, start));
  }
  await app.ok(Close, { input: { roundId } }, await app.login('district.committee'));
  return { open, closed: await observe(teamId, year, start) };
}

/** Each rater's actions: optional earlier scores, then the final one; interleaved in the drawn order. */
const plan = (raters: string[], finals: string[], earlier: string[][], order: number[]): Action[] => {
  const queues = raters.map((rater, i) => [...earlier[i]!.map((score) => ({ rater, score })), { rater, score: finals[i]! }]);
  const out: Action[] = [];
  for (const pick of order) {
    const live = queues.filter((q) => q.length);
    if (!live.length) break;
    out.push(live[pick % live.length]!.shift()!);
  }
  for (const q of queues) out.push(...q);
  return out;
};

const caseArb = fc.integer({ min: 1, max: 4 }).chain((k) => fc.record({
  finals: fc.array(fc.constantFrom(...SCORES), { minLength: k, maxLength: k }),
  ratersA: fc.shuffledSubarray(RATERS, { minLength: k, maxLength: k }),
  ratersB: fc.shuffledSubarray(RATERS, { minLength: k, maxLength: k }),
  earlierA: fc.array(fc.array(fc.constantFrom(...SCORES), { maxLength: 2 }), { minLength: k, maxLength: k }),
  earlierB: fc.array(fc.array(fc.constantFrom(...SCORES), { maxLength: 2 }), { minLength: k, maxLength: k }),
  orderA: fc.array(fc.nat(), { maxLength: 12 }),
  orderB: fc.array(fc.nat(), { maxLength: 12 }),
  permutation: fc.shuffledSubarray([0, 1, 2, 3].slice(0, k), { minLength: k, maxLength: k }),
}));

it('nothing the rated secretary or a decider reads depends on who rated, in what order, or moves while the round is open', async () => {
  await fc.assert(fc.asyncProperty(caseArb, async (c) => {
    const a = await scenario(plan(c.ratersA, c.finals, c.earlierA, c.orderA));
    // The same final scores, given by other raters (permuted), in another order, with other changes.
    const b = await scenario(plan(c.ratersB, c.permutation.map((i) => c.finals[i]!), c.earlierB, c.orderB));
    for (const s of [a, b]) for (const step of s.open) expect(step).toEqual(s.open[0]);
    expect(b.open[0]).toEqual(a.open[0]);
    expect(b.closed).toEqual(a.closed);
    // Closed, the deciders see the summary and the audit trail says how many rated, once.
    expect(a.closed.decider.node).toMatchObject({ ratingSummary: { count: c.finals.length } });
    expect(a.closed.secretary.trail.filter((e) => e.action === 'ratingRound.close').map((e) => e.after)).toEqual([
      { status: 'CLOSED', raters: c.finals.length, ratings: c.finals.length },
    ]);
  }), { ...fcParameters('rating anonymity', { seed: 20261207, numRuns: 4 }), endOnFailure: true });
}, 600_000);
