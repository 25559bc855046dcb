import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.js';
import { globalId } from '../../src/lib/ids.js';
import { createTestApp, type TestApp } from '../helpers.js';

/**
 * Errors that help (issue 13, point 5): every error a client sees has a code from ErrorCode and a
 * "中文 (English)" message — graphql-js's parse and validation errors included — rule violations keep
 * `extensions.rule`, and "Did you mean …?" suggestions reach only signed-in callers of a development
 * server. (test/server/schema-fuzz.test.ts checks the same over every field with hostile input.)
 */

const BILINGUAL = /[\u3400-\u9fff].*\([^)]*[A-Za-z][^)]*\)/s;
type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function send(app: TestApp, body: unknown, token?: string): Promise<Body> {
  const res = await app.post(body, token ? { authorization: `Bearer ${token}` } : {});
  return (await res.json()) as Body;
}

function expectHelpful(body: Body, code?: string) {
  expect(body.errors?.length, JSON.stringify(body)).toBeGreaterThan(0);
  for (const error of body.errors!) {
    expect(Object.keys(ERROR_CODES), error.message).toContain(error.extensions?.code);
    expect(error.message).toMatch(BILINGUAL);
  }
  if (code) expect(body.errors![0]!.extensions?.code).toBe(code);
}

describe('every error: a code from ErrorCode and a bilingual message', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await createTestApp();
    token = await app.login('secretary');
  });
  afterAll(() => app?.close());

  it('parse and validation errors', async () => {
    expectHelpful(await send(app, { query: '{ orgUnits(first: 1) { totalCount ' }, token), 'GRAPHQL_PARSE_FAILED');
    const typo = await send(app, { query: '{ orgUnits(first: 1) { totlCount } }' }, token);
    expectHelpful(typo, 'GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors![0]!.message).toMatch(/^校验失败 \(Cannot query field "totlCount" on type "QueryOrgUnitsConnection"\.\)$/);
    expectHelpful(await send(app, { query: '{ orgUnits(frist: 1) { totalCount } }' }, token), 'GRAPHQL_VALIDATION_FAILED');
    expectHelpful(await send(app, { query: 'query($n: Int!) { orgUnits(first: $n) { totalCount } }', variables: { n: 'x' } }, token), 'BAD_USER_INPUT');
    expectHelpful(await send(app, { query: 'query { a: viewer { id } } query { b: viewer { id } }' }, token));
  });

  it('request errors and signed-out callers', async () => {
    expectHelpful(await send(app, {}, token), 'BAD_REQUEST');
    expectHelpful(await send(app, { query: '{ orgUnits(first: 1) { totalCount } }' }, 'not-a-token'), 'UNAUTHENTICATED');
    expectHelpful(await send(app, { query: '{ orgUnits(first: 1) { totalCount } }' }));
  });

  it('domain errors, and a rule violation keeps extensions.rule', async () => {
    const unit = globalId('OrgUnit', app.demo.bureau.units.get('bureau')!);
    const person = globalId('Person', app.demo.bureau.people.get('李明')!);
    const rule = await send(app, {
      query: 'mutation($u: ID!, $p: ID!) { assignDuty(input: { unitId: $u, personId: $p, kind: FIRST_RESPONSIBLE }) { duty { id } } }',
      variables: { u: unit, p: person },
    }, token);
    // 李明 already holds a duty in the bureau committee: rule 5, one duty per person and unit.
    expectHelpful(rule, 'DUPLICATE_DUTY');
    expect(rule.errors![0]!.extensions?.rule).toBe(5);
    const missing = globalId('OrgUnit', 'no-such-unit');
    expectHelpful(await send(app, { query: 'mutation($u: ID!) { renameOrgUnit(input: { unitId: $u, name: "x" }) { orgUnit { id } } }', variables: { u: missing } }, token), 'NOT_FOUND');
    expectHelpful(await send(app, { query: 'mutation { login(username: "secretary", password: "wrong") { token } }' }), 'INVALID_CREDENTIALS');
  });
});

describe('"Did you mean" suggestions', () => {
  const TYPO = { query: '{ orgUnits(first: 1) { totlCount } }' };

  it('a development server shows them to a signed-in caller, and hides them from anyone signed out', async () => {
    const app = await createTestApp({ env: { NODE_ENV: 'development', LOG_LEVEL: 'error' } });
    try {
      const signedIn = await send(app, TYPO, await app.login('secretary'));
      expectHelpful(signedIn, 'GRAPHQL_VALIDATION_FAILED');
      expect(signedIn.errors![0]!.message).toContain('Did you mean "totalCount"?');
      const signedOut = await send(app, TYPO);
      expectHelpful(signedOut, 'GRAPHQL_VALIDATION_FAILED');
      expect(signedOut.errors![0]!.message).not.toContain('Did you mean');
      expect((await send(app, TYPO, 'forged')).errors![0]!.message).not.toContain('Did you mean');
    } finally {
      await app.close();
    }
  });

  it('any other server hides them, signed in or not', async () => {
    const app = await createTestApp({ env: { LOG_LEVEL: 'error' } });
    try {
      const signedIn = await send(app, TYPO, await app.login('secretary'));
      expectHelpful(signedIn, 'GRAPHQL_VALIDATION_FAILED');
      expect(signedIn.errors![0]!.message).not.toContain('Did you mean');
    } finally {
      await app.close();
    }
  });
});
