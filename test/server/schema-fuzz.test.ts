import fc from 'fast-check';
import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.js';
import { globalId } from '../../src/lib/ids.js';
import { rawSchema } from '../../src/schema.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { fcSeed } from '../fc.js';

/**
 * Schema fuzzing (issue 10 item 12): for every query and mutation field, fast-check generates
 * argument values from the field's argument types — hostile strings (NUL, lone surrogates, bidi
 * controls, 10k characters), hostile numbers, malformed ids and cursors, oversized and nested
 * lists, wrong types — and sends them, signed in as a demo user and anonymously. Every error must
 * carry a code from the ErrorCode catalogue, none may be INTERNAL_SERVER_ERROR, and the server must
 * keep answering. Per field and viewer: SAMPLES requests with hostile values anywhere, and twice as
 * many well-formed ones with exactly one hostile value (so it reaches the services); ~800 in all.
 */

const SAMPLES = Number(process.env.FUZZ_SAMPLES ?? 2);
const SEED = fcSeed('schema fuzz', Number(process.env.FUZZ_SEED ?? 20261130));
const REQUEST_TIMEOUT_MS = 15_000;

let app: TestApp;
let realIds: string[] = [];
let realUnitIds: string[] = [];

beforeAll(async () => {
  app = await createTestApp();
  realUnitIds = [...app.demo.bureau.units.values()].slice(0, 5).map((id) => globalId('OrgUnit', id));
  const p = app.db.prisma;
  const some = async (typename: string, rows: Promise<{ id: string }[]>) => (await rows).map((r) => globalId(typename, r.id));
  realIds = [
    ...realUnitIds,
    ...(await some('Person', p.person.findMany({ take: 3, select: { id: true } }))),
    ...(await some('Post', p.post.findMany({ take: 2, select: { id: true } }))),
    ...(await some('Duty', p.duty.findMany({ take: 2, select: { id: true } }))),
    ...(await some('Risk', p.risk.findMany({ take: 2, select: { id: true } }))),
    ...(await some('OnlineChannel', p.onlineChannel.findMany({ take: 2, select: { id: true } }))),
  ];
});
afterAll(() => app?.close());

const b64 = (s: string) => Buffer.from(s).toString('base64');

const hostileString = fc.oneof(
  fc.constantFrom(
    '', ' ', 'a\u0000b', '\u0000', 'x\uD800', '\uDC00y', '名称\u202Eexe.pdf', '\u2066isolate\u2069', 'x'.repeat(10_000),
    "'; DROP TABLE \"OrgUnit\"; --", '%_\\', '${x}', '<script>alert(1)</script>', 'NaN', '-1', '2147483648', '1e309',
    '2024-13-45', '0000-00-00', '2024-02-30T25:61:00Z', '9999999999.999', '-0.001', '{"a":1}', 'GPC:N:1',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

const hostileId = () => fc.oneof(
  fc.constantFrom(
    'abc', '', 'x'.repeat(10_000), b64('OrgUnit'), b64('OrgUnit:'), b64('Foo:1'), b64('OrgUnit:\u0000'), b64('Query:1'),
    b64('OrgUnit:x\uD800'), b64('Person:' + 'y'.repeat(5000)), globalId('Person', 'no-such-person'), globalId('Duty', '1'),
    b64('GPC:N:1'), 'GPC:N:1', '\u0000',
  ),
  fc.constantFrom(...(realUnitIds.length ? realUnitIds : ['x'])),
  fc.string({ maxLength: 12 }),
);

const hostileCursor = fc.constantFrom('GPC:N:1', b64('GPC:N:1'), b64('GPC:S:'), b64('GPC:S:\u0000'), b64('GPC:T:[1,2]'), b64('GPC:T:["S:a"]'), b64('OffsetConnection:-5'), b64('OffsetConnection:99999999999'), '!!!', '');

const hostileInt = fc.oneof(
  fc.constantFrom(-1, 0, 1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 1e9, 100, 101, 1.5, 'NaN', '1', null, true),
  fc.integer({ min: -10, max: 1000 }),
);

/** Well-formed values that reach the resolvers (real ids of the demo bureau, plausible text). */
function benignLeaf(typeName: string, name: string): fc.Arbitrary<unknown> {
  switch (typeName) {
    case 'ID': return fc.constantFrom(...(realIds.length ? realIds : ['x']));
    case 'Int': case 'Float': return fc.integer({ min: 1, max: 20 });
    case 'Boolean': return fc.boolean();
    case 'File': return fc.constant(null);
    case 'JSON': return fc.jsonValue({ maxDepth: 2 });
    case 'Date': return fc.constantFrom('2031-03-01', '2031-12-31');
    case 'DateTime': return fc.constant('2031-03-01T02:00:00Z');
    case 'Decimal': return fc.constantFrom('10.00', '87.50');
    default: return name === 'after' || name === 'before' ? fc.constant(undefined) : fc.constantFrom('测试', '机关第一支部', 'abc');
  }
}

function hostileLeaf(typeName: string, name: string): fc.Arbitrary<unknown> {
  if (name === 'after' || name === 'before') return hostileCursor;
  switch (typeName) {
    case 'ID': return hostileId();
    case 'Int': case 'Float': return hostileInt;
    case 'Boolean': return fc.constantFrom('yes', 0, null);
    case 'File': return fc.constant(null);
    case 'JSON': return fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(JSON.parse('{"a":{"b":{"c":{"d":["\\u0000"]}}}}')));
    case 'Date': return fc.oneof(fc.constantFrom('1900-01-01', '9999-12-31'), hostileString);
    case 'DateTime': return fc.oneof(fc.constantFrom('0001-01-01T00:00:00Z', '275760-09-13T00:00:00Z'), hostileString);
    case 'Decimal': return fc.oneof(fc.constantFrom('0', '-1', '9999999.99'), hostileString);
    default: return hostileString;
  }
}

/**
 * A JSON value for a variable of `type`: each leaf is well-formed most of the time and hostile
 * sometimes, so that requests get past coercion and the first checks into the services; now and
 * then a value of the wrong type, a missing required value, an oversized or a nested list.
 */
function valueFor(type: GraphQLInputType, name: string, depth: number): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  const wrongType = fc.constantFrom<unknown>({ nested: { deep: true } }, [[['x']]], 12345, true, 'str');
  let arb: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    const item = valueFor(inner.ofType, name, depth + 1);
    arb = fc.oneof(
      { weight: 12, arbitrary: fc.array(item, { minLength: 1, maxLength: 3 }) },
      { weight: 1, arbitrary: item.map((v) => Array.from({ length: 150 }, () => v)) },
      { weight: 1, arbitrary: fc.constant([[[[['deep']]]]]) },
    );
  } else if (isInputObjectType(inner)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(inner.getFields());
    arb = fc.record(
      Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, f.name, depth + 1)])),
      { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) },
    );
  } else if (isEnumType(inner)) {
    arb = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...inner.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: fc.constantFrom('NOPE', '', 'a\u0000') });
  } else if (isScalarType(inner)) {
    arb = fc.oneof({ weight: 3, arbitrary: benignLeaf(inner.name, name) }, { weight: 2, arbitrary: hostileLeaf(inner.name, name) });
  } else {
    arb = fc.constant(null);
  }
  return fc.oneof(
    { weight: 40, arbitrary: arb },
    { weight: 1, arbitrary: wrongType },
    { weight: 1, arbitrary: fc.constant(required ? null : undefined) },
  );
}

/** An entirely well-formed value of `type` (required fields present, optional ones sometimes). */
function benignFor(type: GraphQLInputType, name: string, depth: number): fc.Arbitrary<unknown> {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return fc.array(benignFor(inner.ofType, name, depth + 1), { minLength: 1, maxLength: 2 });
  if (isInputObjectType(inner)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(inner.getFields());
    return fc.record(
      Object.fromEntries(fields.map((f) => [f.name, benignFor(f.type, f.name, depth + 1)])),
      { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) },
    );
  }
  if (isEnumType(inner)) return fc.constantFrom(...inner.getValues().map((v) => v.name));
  if (isScalarType(inner)) return benignLeaf(inner.name, name);
  return fc.constant(null);
}

interface Leaf { path: (string | number)[]; type: GraphQLInputType; name: string }

/** The positions in a value where a hostile value can go: every scalar, enum and list. */
function leavesOf(value: unknown, type: GraphQLInputType, name: string, path: (string | number)[], out: Leaf[]) {
  out.push({ path, type, name });
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner) && Array.isArray(value)) value.forEach((v, i) => leavesOf(v, inner.ofType, name, [...path, i], out));
  else if (isInputObjectType(inner) && value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const f = inner.getFields()[key];
      if (f) leavesOf(v, f.type, f.name, [...path, key], out);
    }
  }
  return out;
}

/** A hostile value for one position: a hostile scalar, a bad enum, an oversized list, a wrong type. */
function hostileAt(leaf: Leaf): fc.Arbitrary<unknown> {
  const inner = getNullableType(leaf.type) as GraphQLInputType;
  if (isListType(inner)) return fc.oneof(benignFor(inner.ofType, leaf.name, 1).map((v) => Array.from({ length: 150 }, () => v)), fc.constant([[[['deep']]]]));
  if (isEnumType(inner)) return fc.constantFrom('NOPE', '', 'a\u0000');
  if (isScalarType(inner)) return hostileLeaf(inner.name, leaf.name);
  return fc.constantFrom<unknown>({ nested: { deep: true } }, 12345, 'str');
}

/** Well-formed variables with exactly one hostile value, so the hostile value reaches the services. */
function oneHostile(args: readonly GraphQLArgument[], seed: number): Record<string, unknown> {
  const [vars] = fc.sample(fc.record(Object.fromEntries(args.map((a) => [a.name, benignFor(a.type, a.name, 0)]))), { numRuns: 1, seed });
  const record = vars as Record<string, unknown>;
  const leaves = args.flatMap((a) => leavesOf(record[a.name], a.type, a.name, [a.name], []));
  if (!leaves.length) return record;
  const leaf = leaves[seed % leaves.length]!;
  const [hostile] = fc.sample(hostileAt(leaf), { numRuns: 1, seed: seed + 1 });
  let target: Record<string | number, unknown> = record;
  for (const key of leaf.path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[leaf.path.at(-1)!] = hostile;
  return record;
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args as readonly GraphQLArgument[];
  const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const uses = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${kind}${defs ? `(${defs})` : ''} { ${field.name}${uses ? `(${uses})` : ''}${selection} }`;
  const variables = fc.record(Object.fromEntries(args.map((a) => [a.name, valueFor(a.type, a.name, 0)])), { requiredKeys: [] });
  return { query, variables, args };
}

interface Finding { field: string; viewer: string; problem: string; variables: string }

async function send(body: unknown, headers: Record<string, string>) {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer')), REQUEST_TIMEOUT_MS));
  const res = await Promise.race([app.post(body, headers), timeout]);
  const text = await res.text();
  return { status: res.status, json: JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe('schema fuzzing', () => {
  it('every error a hostile client causes carries a catalogued code, never INTERNAL_SERVER_ERROR', async () => {
    const started = Date.now();
    const viewers: [string, Record<string, string>][] = [
      ['secretary', { authorization: `Bearer ${await app.login('secretary')}` }],
      ['anonymous', {}],
    ];
    const roots = [['query', rawSchema.getQueryType()!], ['mutation', rawSchema.getMutationType()!]] as const;
    const findings: Finding[] = [];
    let requests = 0;
    const outcomes = new Map<string, number>();
    let seed = SEED;
    for (const [kind, root] of roots) {
      for (const field of Object.values(root.getFields())) {
        const { query, variables, args } = operationFor(kind, field);
        const samples = [
          ...fc.sample(variables, { numRuns: SAMPLES, seed: seed++ }),
          ...Array.from({ length: SAMPLES * 2 }, () => oneHostile(args, seed++)),
        ];
        for (const sample of samples) {
          for (const [viewer, headers] of viewers) {
            requests++;
            const record = (problem: string) =>
              findings.push({ field: `${kind}.${field.name}`, viewer, problem, variables: JSON.stringify(sample).slice(0, 300) });
            try {
              const r = await send({ query, variables: sample }, headers);
              if (r.status >= 500) record(`HTTP ${r.status}`);
              if (!r.json.errors?.length) outcomes.set('ok', (outcomes.get('ok') ?? 0) + 1);
              for (const error of r.json.errors ?? []) {
                const code = error.extensions?.code;
                outcomes.set(String(code), (outcomes.get(String(code)) ?? 0) + 1);
                if (!code) record(`no code: ${error.message.slice(0, 200)}`);
                else if (code === 'INTERNAL_SERVER_ERROR') record(`internal: ${error.message.slice(0, 200)}`);
                else if (!(code in ERROR_CODES)) record(`uncatalogued code ${code}: ${error.message.slice(0, 200)}`);
                // Issue 13: every message a client sees is "中文 (English)".
                if (!/[\u3400-\u9fff].*\([^)]*[A-Za-z][^)]*\)/s.test(error.message)) record(`not bilingual: ${error.message.slice(0, 200)}`);
              }
            } catch (error) {
              record(`no answer: ${(error as Error).message}`);
            }
          }
        }
      }
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`schema fuzzing: ${requests} requests in ${seconds.toFixed(1)} s, ${findings.length} findings; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`);
    expect(findings, JSON.stringify(findings.slice(0, 20), null, 2)).toEqual([]);
    // Still serving.
    const after = await send({ query: '{ __typename }' }, {});
    expect(after.json).toEqual({ data: { __typename: 'Query' } });
  }, 240_000);
});
