import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenService } from '../../src/authz/tokens.js';
import { createTestApp, type TestApp } from '../helpers.js';

/**
 * Sign-in is never blocked by an old token (issue 13): GraphiQL's headers pane, or a front end,
 * may still send a stale `Authorization` header when the user signs in again.
 */

let app: TestApp;
const SECRET = 'test-secret-test-secret-test-secret-!!';
const LOGIN = { query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', variables: { u: 'secretary', p: 'demo' } };

type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
async function send(body: unknown, authorization?: string) {
  const res = await app.post(body, authorization === undefined ? {} : { authorization });
  return (await res.json()) as Body;
}

let garbage: string[];
beforeAll(async () => {
  app = await createTestApp();
  const forged = await new TokenService('another-secret-another-secret-another', 3600).issue('someone');
  const account = await app.db.prisma.userAccount.findFirstOrThrow({ where: { username: 'secretary' } });
  const expired = await new TokenService(SECRET, -60).issue(account.id);
  const unknownAccount = await new TokenService(SECRET, 3600).issue('no-such-account');
  garbage = ['Bearer abc.def.ghi', `Bearer ${forged.token}`, `Bearer ${expired.token}`, `Bearer ${unknownAccount.token}`, 'Bearer ', 'Basic dXNlcjpwYXNz', 'garbage', 'Bearer a b c'];
});
afterAll(() => app?.close());

describe('login whatever Authorization header is sent', () => {
  it('returns a working token with a garbage, forged, expired or unknown-account token in the header', async () => {
    for (const header of garbage) {
      const r = await send(LOGIN, header);
      expect(r.errors, header).toBeUndefined();
      const token = (r.data?.login as { token: string }).token;
      expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      const me = await send({ query: '{ viewer { username } }' }, `Bearer ${token}`);
      expect(me.data).toEqual({ viewer: { username: 'secretary' } });
    }
  });

  it('still refuses a wrong password with INVALID_CREDENTIALS, whatever the header', async () => {
    const r = await send({ ...LOGIN, variables: { u: 'secretary', p: 'wrong' } }, 'Bearer abc.def.ghi');
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['INVALID_CREDENTIALS']);
  });
});

describe('a refused token on any other operation', () => {
  it('answers UNAUTHENTICATED, in Chinese and English, telling the user to sign in again', async () => {
    for (const header of garbage.filter((h) => h.startsWith('Bearer'))) {
      const r = await send({ query: '{ viewer { username } orgUnits(first: 1) { totalCount } }' }, header);
      expect(r.data ?? null, header).toBeNull();
      expect(r.errors?.length).toBeGreaterThan(0);
      for (const error of r.errors!) {
        expect(error.extensions?.code).toBe('UNAUTHENTICATED');
        expect(error.message).toMatch(/^[^()]*[\u4e00-\u9fff][^()]* \(.*sign in again.*\)$/);
        expect(error.message).toContain('重新登录');
      }
    }
  });

  it('names what was wrong: a bad token, or an account that no longer signs in', async () => {
    const bad = await send({ query: '{ viewer { username } }' }, 'Bearer abc.def.ghi');
    expect(bad.errors?.[0]?.extensions?.reason).toBe('TOKEN_INVALID');
    const unknown = await send({ query: '{ viewer { username } }' }, `Bearer ${(await new TokenService(SECRET, 3600).issue('no-such-account')).token}`);
    expect(unknown.errors?.[0]?.extensions?.reason).toBe('ACCOUNT_UNAVAILABLE');
  });

  it('a mutation is refused and writes nothing; with no header at all the message says to sign in', async () => {
    const before = await app.db.prisma.orgUnit.count();
    const r = await send({ query: 'mutation { renameOrgUnit(input: { unitId: "x", name: "y" }) { orgUnit { id } } }' }, 'Bearer abc.def.ghi');
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(await app.db.prisma.orgUnit.count()).toBe(before);
    const none = await send({ query: '{ viewer { username } }' });
    expect(none.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(none.errors?.[0]?.message).toMatch(/请先登录 \(sign in first/);
  });
});
