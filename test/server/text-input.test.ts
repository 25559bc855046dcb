import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../src/lib/ids.js';
import { textProblem } from '../../src/lib/validation.js';
import { createTestApp, type TestApp } from '../helpers.js';

/**
 * Text a client sends (issue 10 items 12, 13): NUL, lone surrogates and bidirectional controls are
 * refused with INVALID_CHARACTERS in every string argument, inline or in variables, before anything
 * is written — one rule (lib/validation.ts) applied by one pass (src/input-limits.ts).
 */

let app: TestApp;
let auth: Record<string, string>;
let parent: string;

beforeAll(async () => {
  app = await createTestApp();
  auth = { authorization: `Bearer ${await app.login('secretary')}` };
  parent = globalId('OrgUnit', app.demo.bureau.units.get('organs')!);
});
afterAll(() => app?.close());

async function send(query: string, variables?: unknown, headers = auth) {
  const res = await app.post({ query, variables }, headers);
  const json = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string; reason?: string; field?: string } }[] };
  return { codes: (json.errors ?? []).map((e) => e.extensions?.code), ext: json.errors?.[0]?.extensions, json };
}

const CREATE = 'mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id name } } }';
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

describe('refused characters', () => {
  it('the rule: NUL, lone surrogates, each bidi control; Chinese, emoji and right-to-left letters pass', () => {
    expect(textProblem('a\u0000b')).toBe('NUL');
    expect(textProblem('a\uD800b')).toBe('LONE_SURROGATE');
    expect(textProblem('a\uDC00')).toBe('LONE_SURROGATE');
    for (const c of BIDI) expect(textProblem(`第一支部${c}`)).toBe('BIDI_CONTROL');
    for (const ok of ['机关第一支部', '党员😀', 'ئۇيغۇرچە', 'a\u200Fb', 'line\nbreak\ttab']) expect(textProblem(ok)).toBeUndefined();
  });

  it('a unit name with a bidi override, a NUL or a lone surrogate is refused with a code and not written', async () => {
    const before = await app.db.prisma.orgUnit.count();
    for (const [name, reason] of [['支部\u202Eexe.pdf', 'BIDI_CONTROL'], ['支部\u2066x\u2069', 'BIDI_CONTROL'], ['支部\u0000', 'NUL'], ['支部\uD83D', 'LONE_SURROGATE']] as const) {
      const r = await send(CREATE, { input: { parentId: parent, kind: 'BRANCH', name } });
      expect(r.codes, JSON.stringify(name)).toEqual(['INVALID_CHARACTERS']);
      expect(r.ext?.reason).toBe(reason);
      expect(r.ext?.field).toBe('CreateOrgUnitInput.name');
    }
    // Inline in the document too.
    const inline = await send(`mutation { createOrgUnit(input: { parentId: "${parent}", kind: BRANCH, name: "支部\\u202E" }) { orgUnit { id } } }`);
    expect(inline.codes).toEqual(['INVALID_CHARACTERS']);
    expect(await app.db.prisma.orgUnit.count()).toBe(before);
    // The same name without the control is accepted.
    expect((await send(CREATE, { input: { parentId: parent, kind: 'BRANCH', name: '机关新支部' } })).codes).toEqual([]);
  });

  it('ids, login names and filters: a coded refusal instead of a database error', async () => {
    expect((await send('query($id: ID!) { node(id: $id) { id } }', { id: 'abc\u0000' })).codes).toEqual(['INVALID_CHARACTERS']);
    expect((await send('mutation($u: String!) { login(username: $u, password: "x") { token } }', { u: 'secretary\u0000' }, {})).codes).toEqual(['INVALID_CHARACTERS']);
    expect((await send('query($f: OrgUnitFilter) { orgUnits(filter: $f) { totalCount } }', { f: { nameContains: '\u0000' } })).codes).toEqual(['INVALID_CHARACTERS']);
  });
});
