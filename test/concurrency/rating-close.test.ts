import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewer, type Viewer } from '../../src/authz/scope.js';
import { openTeamAssessments } from '../../src/modules/assessment/service.js';
import { closeRatingRound, openRatingRound, rateAssessment } from '../../src/modules/assessment/ratings.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { announceSkip, atOnce, brokenInvariants, onPostgres, viewerOf } from './invariants.js';

announceSkip('test/concurrency/rating-close');

/**
 * Issue 23, point 4: ratings are frozen at close. `closeRatingRound` and several `rateAssessment`
 * calls (new ratings and changed ones) are sent at once, ROUNDS times, each round a fresh rating
 * round of the bureau team. After each round the database must hold:
 * - every rating call either succeeded (and its rating is what the database holds) or was refused
 *   RATING_ROUND_CLOSED — nothing else;
 * - the close record (the `ratingRound.close` audit event) counts exactly the raters and ratings the
 *   database holds for the round;
 * - no rating row was written or changed after the close: a deferred constraint trigger installed by
 *   this test (an observer, not part of the product) looks, at each rating transaction's commit, at
 *   whether the round was already closed by a committed close, and logs such a rating; and the rows
 *   read as soon as the close returned are the rows (and row versions) held at the end.
 * Removing the round's row lock in rateAssessment (FOR SHARE) makes this test fail (see docs/security.md).
 */

const ROUNDS = 20;
const FIRST_YEAR = 2031;
let app: TestApp;
let committee: Viewer;
let raters: Viewer[];
let tenantId: string;
let bureau: string;

beforeAll(async () => {
  if (!onPostgres) return;
  app = await createTestApp();
  tenantId = app.demo.bureau.tenantId;
  bureau = app.demo.bureau.units.get('bureau')!;
  committee = await viewerOf(app, 'district.committee');
  // Indicator sets for the rounds' years (a copy of 2026's), so that each round rates a fresh team assessment.
  const set = await app.db.prisma.indicatorSet.findFirstOrThrow({ where: { tenantId, year: 2026 }, include: { definitions: true } });
  for (let year = FIRST_YEAR; year < FIRST_YEAR + ROUNDS; year += 1) {
    await app.db.prisma.indicatorSet.create({
      data: {
        tenantId, year, version: 1, ratingScaleMin: set.ratingScaleMin, ratingScaleMax: set.ratingScaleMax,
        definitions: { createMany: { data: set.definitions.map(({ id: _id, setId: _s, tenantId: _t, ...d }) => d) } },
      },
    });
  }
  // Eight cadres of the bureau with accounts (every cadre of the bureau rates its team).
  const hash = (await app.db.prisma.userAccount.findFirstOrThrow({ where: { username: 'secretary' } })).passwordHash;
  const withAccount = new Set((await app.db.prisma.userAccount.findMany({ where: { tenantId }, select: { personId: true } })).map((a) => a.personId));
  const cadres = await app.db.prisma.post.findMany({ where: { tenantId, endDate: null }, select: { personId: true }, distinct: ['personId'], orderBy: { personId: 'asc' } });
  raters = [];
  for (const [i, { personId }] of cadres.filter((c) => !withAccount.has(c.personId)).slice(0, 8).entries()) {
    const account = await app.db.prisma.userAccount.create({ data: { username: `race.rater${i}`, passwordHash: hash, displayName: `评议人${i}`, tenantId, personId } });
    raters.push(await loadViewer(app.db.prisma, account.id));
  }
  expect(raters).toHaveLength(8);
  // The observer: at the commit of any transaction that wrote a rating, is its round already closed
  // by a committed close? (READ COMMITTED: the deferred trigger's query sees every commit before it.)
  await app.db.sql.query(`CREATE TABLE "zeren_test_late_rating" ("ratingId" text NOT NULL, "roundId" text, "op" text NOT NULL)`);
  await app.db.sql.query(`
    CREATE FUNCTION zeren_test_rating_committed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM "RatingRound" r WHERE r."id" = NEW."roundId" AND r."status" = 'CLOSED') THEN
        INSERT INTO "zeren_test_late_rating" VALUES (NEW."id", NEW."roundId", TG_OP);
      END IF;
      RETURN NULL;
    END $$`);
  await app.db.sql.query(`
    CREATE CONSTRAINT TRIGGER "zeren_test_rating_committed" AFTER INSERT OR UPDATE ON "AssessmentRating"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION zeren_test_rating_committed()`);
}, 120_000);
afterAll(() => app?.close());

const ratingRows = (roundId: string) =>
  app.db.sql.query<{ id: string; rater: string; score: string; comment: string | null; version: string }>(
    `SELECT "id", "raterPersonId" AS "rater", "score"::text AS "score", "comment", xmin::text AS "version"
       FROM "AssessmentRating" WHERE "roundId" = $1 ORDER BY "id"`, [roundId]);

describe.skipIf(!onPostgres)('closing a rating round while ratings are given (PostgreSQL)', () => {
  it(`${ROUNDS} rounds: close and six ratings at once — each rating lands before the close or is refused RATING_ROUND_CLOSED`, async () => {
    const tally = { landed: 0, refused: 0 };
    for (let round = 0; round < ROUNDS; round += 1) {
      const year = FIRST_YEAR + round;
      const now = new Date(Date.UTC(year, 10, 20, 2));
      const [team] = (await openTeamAssessments(app.db.prisma, committee, { year, unitId: bureau }, now)).filter((a) => a.personId === null);
      const opened = await openRatingRound(app.db.prisma, committee, { unitId: bureau, year }, now);
      // Two raters rated before the race (the race changes one of them); the others rate during it.
      for (const rater of raters.slice(0, 2)) await rateAssessment(app.db.prisma, rater, { id: team!.id, score: '3.00' }, now);
      const racing = raters.slice(1, 7); // rater 1 changes their rating, 2–6 rate for the first time
      const score = (i: number) => (4 + i / 10 + (round % 10) / 100).toFixed(2);
      let atClose: Awaited<ReturnType<typeof ratingRows>> | undefined;
      const outcomes = await atOnce([
        async () => {
          // The close starts a little later each round, so that it meets the ratings at every stage.
          await new Promise((resolve) => setTimeout(resolve, round % 10));
          await closeRatingRound(app.db.prisma, committee, { roundId: opened.id }, now);
          atClose = await ratingRows(opened.id);
        },
        ...racing.map((rater, i) => () => rateAssessment(app.db.prisma, rater, { id: team!.id, score: score(i), comment: `第${round}轮` }, now)),
      ]);
      expect(outcomes[0], `round ${round}: the close`).toBe('ok');
      for (const outcome of outcomes.slice(1)) expect(['ok', 'RATING_ROUND_CLOSED'], `round ${round}`).toContain(outcome);
      const final = await ratingRows(opened.id);
      // Nothing written or changed once the close had returned (same rows, same row versions).
      expect(final, `round ${round}: rows changed after the close returned`).toEqual(atClose);
      // Each rating call that succeeded is what the database holds; each refused one left the old value.
      const byRater = new Map(final.map((r) => [r.rater, r]));
      racing.forEach((rater, i) => {
        const held = byRater.get((rater as Extract<Viewer, { kind: 'person' }>).personId);
        if (outcomes[i + 1] === 'ok') {
          tally.landed += 1;
          expect(held?.score).toBe(score(i));
          expect(held?.comment).toBe(`第${round}轮`);
        } else {
          tally.refused += 1;
          expect(held?.score).toBe(i === 0 ? '3.00' : undefined);
        }
      });
      // The close record counts exactly what the database holds.
      const events = await app.db.prisma.auditEvent.findMany({ where: { tenantId, action: 'ratingRound.close', entityId: opened.id } });
      expect(events).toHaveLength(1);
      expect(events[0]!.after).toEqual({ status: 'CLOSED', raters: new Set(final.map((r) => r.rater)).size, ratings: final.length });
      // And the round stays frozen: a rating after the close is refused and changes nothing.
      expect(await atOnce([() => rateAssessment(app.db.prisma, raters[7]!, { id: team!.id, score: '1.00' }, now)])).toEqual(['RATING_ROUND_CLOSED']);
    }
    const late = await app.db.sql.query(`SELECT * FROM "zeren_test_late_rating"`);
    expect(late, 'ratings committed after their round was closed').toEqual([]);
    // Both sides happened: some ratings landed before a close, some were refused by it.
    console.info(`rating-close race: ${tally.landed} ratings landed before the close, ${tally.refused} refused RATING_ROUND_CLOSED over ${ROUNDS} rounds`);
    expect(tally.landed + tally.refused).toBe(ROUNDS * 6);
    expect(await brokenInvariants(app.db)).toEqual([]);
  }, 300_000);
});
