import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.js';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../helpers.js';

/**
 * Trusted documents (issue 13, point 4): codegen's client preset writes test/gql/persisted-documents.json
 * (sha256 of each document); the server runs a document sent by its id, refuses an unknown id, and
 * with PERSISTED_DOCUMENTS=only refuses raw documents — all with typed, bilingual errors. `allow`
 * (development, GraphiQL) runs both.
 */

const TrustedLogin = graphql(`
  mutation TrustedLogin($username: String!, $password: String!) { login(username: $username, password: $password) { token } }
`);
const TrustedUnits = graphql(`
  query TrustedUnits { orgUnits(first: 1) { totalCount } }
`);
const MANIFEST = 'test/gql/persisted-documents.json';
const hashOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;
const BILINGUAL = /[\u4e00-\u9fff].*\([^)]*[A-Za-z][^)]*\)/;

type Body = { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] };

async function send(app: TestApp, body: Record<string, unknown>, token?: string): Promise<{ status: number; body: Body }> {
  const res = await app.post(body, token ? { authorization: `Bearer ${token}` } : {});
  return { status: res.status, body: (await res.json()) as Body };
}

describe('PERSISTED_DOCUMENTS=only', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ env: { PERSISTED_DOCUMENTS: 'only', PERSISTED_DOCUMENTS_MANIFEST: MANIFEST } });
  });
  afterAll(() => app?.close());

  it('the manifest holds the documents by sha256, and a document sent by its id runs', async () => {
    expect(hashOf(TrustedLogin)).toMatch(/^sha256:[0-9a-f]{64}$/);
    const login = await send(app, { documentId: hashOf(TrustedLogin), variables: { username: 'secretary', password: 'demo' } });
    expect(login.body.errors).toBeUndefined();
    const token = login.body.data!.login.token as string;
    const units = await send(app, { documentId: hashOf(TrustedUnits) }, token);
    expect(units.body.errors).toBeUndefined();
    expect(units.body.data!.orgUnits.totalCount).toBeGreaterThan(1);
    // The hex alone works too.
    expect((await send(app, { documentId: hashOf(TrustedUnits).slice('sha256:'.length) }, token)).body.errors).toBeUndefined();
  });

  it('an unknown id is refused with PERSISTED_DOCUMENT_NOT_FOUND', async () => {
    const { status, body } = await send(app, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(status).toBe(400);
    expect(body.errors).toEqual([expect.objectContaining({ message: ERROR_CODES.PERSISTED_DOCUMENT_NOT_FOUND, extensions: expect.objectContaining({ code: 'PERSISTED_DOCUMENT_NOT_FOUND' }) })]);
    expect(body.errors![0]!.message).toMatch(BILINGUAL);
  });

  it('a raw document is refused with PERSISTED_DOCUMENTS_ONLY, even one that is in the manifest', async () => {
    for (const query of ['{ __typename }', 'mutation { login(username: "secretary", password: "demo") { token } }']) {
      const { status, body } = await send(app, { query });
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENTS_ONLY');
      expect(body.errors![0]!.message).toMatch(BILINGUAL);
    }
  });
});

describe('PERSISTED_DOCUMENTS=allow (development: GraphiQL keeps working)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ env: { PERSISTED_DOCUMENTS: 'allow', PERSISTED_DOCUMENTS_MANIFEST: MANIFEST } });
  });
  afterAll(() => app?.close());

  it('runs raw documents (as GraphiQL sends them) and documents by id', async () => {
    const token = await app.login('secretary');
    expect((await send(app, { query: '{ orgUnits(first: 1) { totalCount } }' }, token)).body.errors).toBeUndefined();
    expect((await send(app, { documentId: hashOf(TrustedUnits) }, token)).body.errors).toBeUndefined();
    expect((await send(app, { documentId: 'sha256:nope' })).body.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
  });
});
