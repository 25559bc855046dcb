import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { formatDate, todayInChina } from '../../src/lib/dates.js';
import { createServer } from '../../src/server.js';
import { graphql } from '../gql/index.js';
import { fcParameters } from '../fc.js';
import { createTestApp, type TestApp } from '../helpers.js';

/**
 * Property: whatever writes happen (mutations through the services, SQL by hand, the clock moving
 * past midnight), a query answered by the server with the response cache equals the same query
 * answered fresh by a server without it, for any viewer. Fixed seed by default; FC_SEED and FC_RUNS
 * vary it (test/fc.ts).
 */

const PTree = graphql(`
  query PropTree { orgUnits(first: 100) { totalCount edges { node { id name parent { name } leadershipTeam { role person { name } } } } } }
`);
const PRisks = graphql(`
  query PropRisks { risks(first: 100) { totalCount edges { node { id title severity isOverdue unit { name } } } } }
`);
const PWorkItems = graphql(`
  query PropWorkItems { workItems(first: 100) { totalCount edges { node { id title isOverdue unit { name } } } } }
`);
const PRename = graphql(`
  mutation PropRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }
`);
const PReport = graphql(`
  mutation PropReport($input: ReportRiskInput!) { reportRisk(input: $input) { risk { id } } }
`);

const VIEWERS = ['secretary', 'propaganda', 'member.forestry', 'forestry.secretary', 'organs.secretary', 'branch.organs1', 'other.secretary', 'district.propaganda'];
const QUERIES = [PTree, PRisks, PWorkItems] as TypedDocumentNode<unknown, Record<string, never>>[];
const DAY = 24 * 3600 * 1000;
const START = new Date('2026-06-15T04:00:00Z');

let app: TestApp;
let fresh: ReturnType<typeof createServer>;
let now = START;
const tokens = new Map<string, string>();
let unitIds: string[] = [];

beforeAll(async () => {
  app = await createTestApp({ seed: true, now: START });
  fresh = createServer({ ...app.services, config: { ...app.services.config, RESPONSE_CACHE: 'off' } });
  for (const username of VIEWERS) tokens.set(username, await app.login(username));
  const tree = await app.ok(PTree, {}, tokens.get('secretary')!);
  unitIds = tree.orgUnits.edges.map((e) => e.node.id);
}, 600_000);
afterAll(() => app?.close());

async function on<R, V>(yoga: ReturnType<typeof createServer>, document: TypedDocumentNode<R, V>, variables: V, token: string) {
  const res = await yoga.fetch('http://zeren.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await res.json()) as ExecutionResult<R>;
}

type Step =
  | { kind: 'read'; viewer: number; query: number }
  | { kind: 'rename'; unit: number; n: number }
  | { kind: 'sqlRename'; unit: number; n: number }
  | { kind: 'report'; unit: number; due: number }
  | { kind: 'nextDay' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('read' as const), viewer: fc.nat(VIEWERS.length - 1), query: fc.nat(QUERIES.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), unit: fc.nat(1000), n: fc.nat(99) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('sqlRename' as const), unit: fc.nat(1000), n: fc.nat(99) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('report' as const), unit: fc.nat(1000), due: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'nextDay' as const }) },
);

async function apply(s: Step): Promise<void> {
  const secretary = tokens.get('secretary')!;
  if (s.kind === 'read') {
    const token = tokens.get(VIEWERS[s.viewer]!)!;
    const query = QUERIES[s.query]!;
    // Twice through the cache (the second is a hit when nothing changed), once fresh.
    await on(app.yoga, query, {}, token);
    const cached = await on(app.yoga, query, {}, token);
    const expected = await on(fresh, query, {}, token);
    expect(cached).toEqual(expected);
  } else if (s.kind === 'rename') {
    await app.ok(PRename, { unitId: unitIds[s.unit % unitIds.length]!, name: `改名${s.n}` }, secretary);
  } else if (s.kind === 'sqlRename') {
    // By hand, outside every service; the id is Relay's global id, base64 of "OrgUnit:<id>".
    const id = Buffer.from(unitIds[s.unit % unitIds.length]!, 'base64').toString().split(':')[1]!;
    await app.db.prisma.$executeRaw`UPDATE "OrgUnit" SET "name" = ${`手改${s.n}`} WHERE "id" = ${id}`;
  } else if (s.kind === 'report') {
    const due = formatDate(todayInChina(new Date(now.getTime() + s.due * DAY)));
    await app.run(PReport, {
      input: { unitId: unitIds[s.unit % unitIds.length]!, title: `风险${s.unit}`, mechanism: 'RISK_JUDGEMENT', riskClass: 'ACADEMIC_VIEWPOINT', severity: 'LOW', handlingDeadline: due },
    }, secretary);
  } else {
    now = new Date(now.getTime() + DAY);
    app.setNow(now);
  }
}

describe('the response cache never answers differently from a fresh execution', () => {
  it('random writes, clock moves and reads by random viewers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 10, maxLength: 25 }), async (steps) => {
        for (const s of steps) await apply(s);
      }),
      { ...fcParameters('response cache', { seed: 20261208, numRuns: 6 }), endOnFailure: true },
    );
  }, 600_000);
});
