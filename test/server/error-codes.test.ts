import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../src/lib/ids.js';
import { createTestApp, type TestApp } from '../helpers.js';

/** Every error a client can cause carries a code (issue 10 item 12): the cases found by hand. */

let app: TestApp;
let auth: Record<string, string>;

beforeAll(async () => {
  app = await createTestApp();
  auth = { authorization: `Bearer ${await app.login('secretary')}` };
});
afterAll(() => app?.close());

const b64 = (s: string) => Buffer.from(s).toString('base64');

async function send(body: unknown) {
  const res = await app.post(body, auth);
  const text = await res.text();
  const json = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: res.status, json, codes: (json.errors ?? []).map((e) => e.extensions?.code) };
}

describe('client mistakes answer with a code', () => {
  it('malformed cursors, including GPC:N:1 (a number where the key is text), before any query', async () => {
    for (const cursor of ['GPC:N:1', b64('GPC:N:1'), '!!!', b64('OC:abc'), b64('GPC:S:a\u0000'), b64('GPC:T:[1]')]) {
      const r = await send({ query: 'query($c: String) { orgUnits(first: 2, after: $c) { totalCount } }', variables: { c: cursor } });
      expect(r.codes, cursor).toEqual(['BAD_USER_INPUT']);
    }
    // A real cursor still pages.
    const page = await send({ query: '{ orgUnits(first: 2) { pageInfo { endCursor } } }' });
    const end = (page.json.data as { orgUnits: { pageInfo: { endCursor: string } } }).orgUnits.pageInfo.endCursor;
    expect((await send({ query: 'query($c: String) { orgUnits(first: 2, after: $c) { totalCount } }', variables: { c: end } })).codes).toEqual([]);
  });

  it('negative and huge page sizes', async () => {
    expect((await send({ query: '{ orgUnits(first: -1) { totalCount } }' })).codes).toEqual(['BAD_USER_INPUT']);
    expect((await send({ query: '{ orgUnits(last: -1) { totalCount } }' })).codes).toEqual(['BAD_USER_INPUT']);
    expect((await send({ query: '{ orgUnits(first: 2147483647) { totalCount } }' })).codes).toEqual(['QUERY_TOO_COMPLEX']);
    expect((await send({ query: '{ orgUnits(first: 2147483648) { totalCount } }' })).codes).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('malformed global ids; an unknown type answers null like a missing row', async () => {
    expect((await send({ query: '{ node(id: "abc") { id } }' })).codes).toEqual(['BAD_USER_INPUT']);
    expect((await send({ query: `{ node(id: "${b64('OrgUnit')}") { id } }` })).codes).toEqual(['BAD_USER_INPUT']);
    expect((await send({ query: '{ nodes(ids: ["abc"]) { id } }' })).codes).toEqual(['BAD_USER_INPUT']);
    const unknown = await send({ query: `{ node(id: "${b64('Foo:1')}") { id } }` });
    expect(unknown.json).toEqual({ data: { node: null } });
    const unit = globalId('OrgUnit', app.demo.bureau.units.get('organs')!);
    const mixed = await send({ query: `{ nodes(ids: ["${b64('Foo:1')}", "${unit}"]) { id } }` });
    expect(mixed.json).toEqual({ data: { nodes: [null, { id: unit }] } });
  });

  it('multipart parts that are not JSON, and requests yoga cannot place', async () => {
    const form = new FormData();
    form.append('operations', 'not json');
    form.append('map', '{}');
    form.append('0', new File([new Uint8Array(3)], 'a.pdf'));
    const res = await app.yoga.fetch('http://zeren.test/graphql', { method: 'POST', body: form, headers: auth });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
    const plain = await app.yoga.fetch('http://zeren.test/graphql', { method: 'POST', body: '{ __typename }', headers: { 'content-type': 'text/plain' } });
    expect(plain.status).toBe(415);
    expect(((await plain.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
    expect((await send({ query: '{ __typename }', operationName: 'Nope' })).codes).toEqual(['BAD_REQUEST']);
    expect((await send('{"query": ')).codes).toEqual(['BAD_REQUEST']);
  });
});
