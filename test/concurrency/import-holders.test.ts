import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewer, type Viewer } from '../../src/authz/scope.js';
import { formatDate, todayInChina } from '../../src/lib/dates.js';
import { importOrgChart, type ImportResult } from '../../src/modules/orgchart/service.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { newBureau, validChart, workbookBytes, type Chart } from '../orgchart/fixtures.js';
import { announceSkip, brokenInvariants, onPostgres } from './invariants.js';

announceSkip('test/concurrency/import-holders');

/**
 * Issue 22 item 1, raced: two imports sent at once by two accounts of one bureau (its administrator
 * and the bureau committee's secretary), each making a different new person the secretary — so the
 * first responsible person — of the same unit, from written dates a day apart (the last round: the
 * same day). Each runs in its own transaction on its own connection. Whatever the order, afterwards
 * no unit has two holders of a role on any day (checked in plain SQL, apart from the exclusion
 * constraints that enforce it), and each import left all of its writes or none: an import reported
 * applied has its new person, unit and post; one that was refused (a typed code on a row, or a
 * thrown typed error) has none of them. The outcome of each round is asserted for either order.
 * Not a bug in the import: the first version (one written date for all rounds, moving a day later
 * each round) saw both imports refused in rounds 2–4 because round 1's replacement started on the
 * import day, after which every earlier written date overlaps recorded history — alone as raced.
 */

const ROUNDS = 4;
let app: TestApp;
let admin: Viewer;
let leader: Viewer;
let tenantId: string;
const now = new Date();

const file = (bytes: Uint8Array) => ({ size: bytes.byteLength, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });

beforeAll(async () => {
  if (!onPostgres) return;
  app = await createTestApp();
  const bureau = await newBureau(app, 'RACE');
  tenantId = bureau.tenantId;
  const chart = validChart('RACE', '.race');
  chart.accounts!.push(['wang.race', 'P001']);
  admin = await loadViewer(app.db.prisma, (await app.db.prisma.userAccount.findUniqueOrThrow({ where: { username: 'admin.race' } })).id);
  const first = await importOrgChart(app.db.prisma, admin, { file: file(await workbookBytes(chart)), dryRun: false }, now);
  expect(first.errors).toEqual([]);
  // The secretary's account, past its one-time password: the bureau committee's first responsible person imports too.
  const wang = await app.db.prisma.userAccount.update({ where: { username: 'wang.race' }, data: { mustChangePassword: false } });
  leader = await loadViewer(app.db.prisma, wang.id);
  expect(leader.kind).toBe('person');
});
afterAll(() => app?.close());

/** Day-by-day overlaps of holders, in plain SQL over date ranges (not the constraints' own expressions). */
const OVERLAPS = `
  SELECT a."unitId", a."id", b."id" FROM "Post" a JOIN "Post" b
    ON a."tenantId" = b."tenantId" AND a."unitId" = b."unitId" AND a."id" < b."id" AND a."role" = 'SECRETARY' AND b."role" = 'SECRETARY'
   AND daterange(a."startDate", a."endDate") && daterange(b."startDate", b."endDate")
  UNION ALL
  SELECT a."unitId", a."id", b."id" FROM "Duty" a JOIN "Duty" b
    ON a."tenantId" = b."tenantId" AND a."unitId" = b."unitId" AND a."id" < b."id" AND a."kind" = b."kind" AND a."kind" IN ('FIRST_RESPONSIBLE', 'DIRECT_RESPONSIBLE')
   AND daterange(a."startDate", a."endDate") && daterange(b."startDate", b."endDate")
  UNION ALL
  SELECT a."unitId", a."id", b."id" FROM "Post" a JOIN "Post" b
    ON a."tenantId" = b."tenantId" AND a."unitId" = b."unitId" AND a."personId" = b."personId" AND a."id" < b."id"
   AND daterange(a."startDate", a."endDate") && daterange(b."startDate", b."endDate")`;

/** The JG committee's secretaries, oldest first, as [person code, start, end or null]. */
const jgSecretaries = async () => (await app.db.prisma.post.findMany({
  where: { tenantId, role: 'SECRETARY', unit: { code: 'RACE-JG' } }, orderBy: { startDate: 'asc' },
  select: { startDate: true, endDate: true, person: { select: { code: true } } },
})).map((p) => [p.person.code, formatDate(p.startDate), p.endDate ? formatDate(p.endDate) : null]);

describe.skipIf(!onPostgres)('two imports changing the same unit\'s first responsible person at once (PostgreSQL)', () => {
  it('leave one holder per role, unit and day, and each import all or nothing', async () => {
    const outcomes: string[] = [];
    let chart: Chart = validChart('RACE', '.race');
    chart.accounts!.push(['wang.race', 'P001']);
    const today = todayInChina(now);
    const day = (n: number) => formatDate(new Date(today.getTime() + n * 86_400_000));
    for (let round = 0; round < ROUNDS; round += 1) {
      // Each import makes a new person of its own the JG committee's secretary from a written date, and
      // adds a new unit of its own. Each is viable alone: its date is after every secretary the unit has
      // had (the previous round's holder started at most day(-2*ROUNDS + 2*round - 1)). The imports
      // serialise on the bureau's tree lock, so the second plans against the first's commit:
      // - every round but the last: A writes day d, B day d+1. A first: B's later date succeeds A's
      //   secretary (A's post [d, d+1), B's from d+1), both apply. B first: A's d is before B's start,
      //   so A would end B's post before it began: A is refused HISTORY_OVERLAP with nothing written.
      //   Either way B holds from d+1 and the next round's dates are after it.
      // - the last round: both write day -2. The second meets the first's secretary from that very day;
      //   a post the workbook leaves out ends on the import day (not on the successor's date, which is not
      //   after its start), and the second starts then (START_DATE_ADJUSTED): both apply. Had the date
      //   been the import day itself, the first's post would be left [today, today), held on no day. (This fills the secretaries' history
      //   up to today, so it can only be the last round: any earlier date is then recorded history, and
      //   an import alone writing one is refused HISTORY_OVERLAP, which is what the first version of this
      //   test, with the same date in every round, met in rounds 2–4.)
      const last = round === ROUNDS - 1;
      const dates = last ? { A: day(-2), B: day(-2) } : { A: day(-2 * ROUNDS + 2 * round), B: day(-2 * ROUNDS + 2 * round + 1) };
      const variant = (who: 'A' | 'B') => {
        const next: Chart = structuredClone(chart);
        const person = `R${round}${who}`;
        next.people!.push([person, `竞争${round}${who}`, '机关党委书记']);
        const jg = next.posts!.findIndex((r) => r[1] === 'RACE-JG' && r[2] === '书记');
        next.posts![jg] = [person, 'RACE-JG', '书记', dates[who]];
        next.units!.push([`RACE-U${round}${who}`, `竞争单位${round}${who}`, '直属单位', 'RACE']);
        return { person, unit: `RACE-U${round}${who}`, next };
      };
      const a = variant('A');
      const b = variant('B');
      const before = await jgSecretaries();
      const [ra, rb] = await Promise.allSettled([
        importOrgChart(app.db.prisma, admin, { file: file(await workbookBytes(a.next)), dryRun: false }, now),
        importOrgChart(app.db.prisma, leader, { file: file(await workbookBytes(b.next)), dryRun: false }, now),
      ]);
      const applied: boolean[] = [];
      for (const [side, settled] of [[a, ra], [b, rb]] as const) {
        const ok = settled.status === 'fulfilled' && settled.value.applied;
        const outcome = settled.status === 'fulfilled'
          ? (settled.value.applied ? 'applied' : (settled.value as ImportResult).errors.map((e) => e.code).join(','))
          : String((settled.reason as { code?: string }).code ?? settled.reason);
        outcomes.push(outcome);
        applied.push(ok);
        expect(outcome).toMatch(/^(applied|[A-Z_]+(,[A-Z_]+)*)$/); // applied, or typed codes
        // All or nothing: the import's own person, unit and secretary post exist exactly when it applied.
        const [person, unit, post] = await Promise.all([
          app.db.prisma.person.count({ where: { tenantId, code: side.person } }),
          app.db.prisma.orgUnit.count({ where: { tenantId, code: side.unit } }),
          app.db.prisma.post.count({ where: { tenantId, role: 'SECRETARY', person: { code: side.person } } }),
        ]);
        expect([person, unit, post]).toEqual(ok ? [1, 1, 1] : [0, 0, 0]);
      }
      const [aApplied, bApplied] = applied as [boolean, boolean];
      const previous = before.at(-1)!;
      const after = await jgSecretaries();
      if (!last) {
        // B always applies; A applies exactly when it took the lock first, and is otherwise refused on its date.
        expect(bApplied).toBe(true);
        if (aApplied) {
          expect(after).toEqual([...before.slice(0, -1), [previous[0], previous[1], dates.A], [a.person, dates.A, dates.B], [b.person, dates.B, null]]);
        } else {
          expect(outcomes.at(-2)).toMatch(/^HISTORY_OVERLAP(,HISTORY_OVERLAP)*$/); // against B's post and the end B gave its predecessor
          expect(after).toEqual([...before.slice(0, -1), [previous[0], previous[1], dates.B], [b.person, dates.B, null]]);
        }
      } else {
        // Both apply; the second (whichever it was) holds from the import day, the first until then.
        expect([aApplied, bApplied]).toEqual([true, true]);
        const [first, second] = after.at(-2)![0] === a.person ? [a, b] : [b, a];
        expect(after).toEqual([...before.slice(0, -1), [previous[0], previous[1], dates.A], [first.person, dates.A, day(0)], [second.person, day(0), null]]);
        const secondResult = (second === a ? ra : rb) as PromiseFulfilledResult<ImportResult>;
        expect(secondResult.value.warnings.map((w) => w.code)).toContain('START_DATE_ADJUSTED');
      }
      const secretaries = await app.db.prisma.post.findMany({ where: { tenantId, role: 'SECRETARY', endDate: null, unit: { code: 'RACE-JG' } } });
      expect(secretaries).toHaveLength(1);
      expect(await app.db.prisma.$queryRawUnsafe<unknown[]>(OVERLAPS)).toEqual([]);
      // The next round starts from what the database now holds: the current holder's chart (B's, but for the last round).
      const holder = await app.db.prisma.person.findUniqueOrThrow({ where: { id: secretaries[0]!.personId } });
      chart = (holder.code === a.person ? a : b).next;
    }
    console.info(`import-holders: outcomes ${outcomes.join(' | ')}`);
    expect(await brokenInvariants(app.db)).toEqual([]);
  });
});
