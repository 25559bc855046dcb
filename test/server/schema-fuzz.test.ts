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

/**
 * Schema fuzzing (issue 10 item 12): for every query and mutation field, fast-check generates
 * argument values from the field's argument types — hostile strings (NUL, lone surrogates, bidi
 * controls, 10k characters), hostile numbers, malformed ids and cursors, oversized and nested
 * lists, wrong types — and sends them, signed in as a demo user and anonymously. Every error must
 * carry a code from the ErrorCode catalogue, none may be INTERNAL_SERVER_ERROR, and the server must
 * keep answering. Bounded: SAMPLES per field and viewer (a few hundred requests in all).
 */

const SAMPLES = Number(process.env.FUZZ_SAMPLES ?? 2);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const REQUEST_TIMEOUT_MS = 15_000;

let app: TestApp;
let realUnitIds: string[] = [];

beforeAll(async () => {
  app = await createTestApp();
  realUnitIds = [...app.demo.bureau.units.values()].slice(0, 5).map((id) => globalId('OrgUnit', id));
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

/** A JSON value for a variable of `type`: mostly well-typed but hostile, sometimes of the wrong type. */
function valueFor(type: GraphQLInputType, name: string, depth: number): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  const wrongType = fc.constantFrom<unknown>({ nested: { deep: true } }, [[['x']]], 12345, true, 'str');
  let arb: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    const item = valueFor(inner.ofType, name, depth + 1);
    arb = fc.oneof(
      { weight: 6, arbitrary: fc.array(item, { maxLength: 3 }) },
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
    arb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...inner.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: fc.constantFrom('NOPE', '', 'a\u0000') });
  } else if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID': arb = hostileId(); break;
      case 'Int': case 'Float': arb = hostileInt; break;
      case 'Boolean': arb = fc.constantFrom(true, false, 'yes', 0); break;
      case 'File': arb = fc.constant(null); break;
      case 'JSON': arb = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(JSON.parse('{"a":{"b":{"c":{"d":["\\u0000"]}}}}'))); break;
      case 'Date': arb = fc.oneof(fc.constantFrom('2031-03-01', '1900-01-01', '9999-12-31'), hostileString); break;
      case 'DateTime': arb = fc.oneof(fc.constantFrom('2031-03-01T00:00:00Z', '0001-01-01T00:00:00Z', '275760-09-13T00:00:00Z'), hostileString); break;
      case 'Decimal': arb = fc.oneof(fc.constantFrom('0', '100', '-1', '9999999.99', '87.5'), hostileString); break;
      default: arb = name === 'after' || name === 'before' ? hostileCursor : hostileString;
    }
    if (name === 'after' || name === 'before') arb = fc.oneof(hostileCursor, arb);
  } else {
    arb = fc.constant(null);
  }
  return fc.oneof(
    { weight: 12, arbitrary: arb },
    { weight: 1, arbitrary: wrongType },
    { weight: 1, arbitrary: fc.constant(required ? null : undefined) },
  );
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args as readonly GraphQLArgument[];
  const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const uses = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${kind}${defs ? `(${defs})` : ''} { ${field.name}${uses ? `(${uses})` : ''}${selection} }`;
  const variables = fc.record(Object.fromEntries(args.map((a) => [a.name, valueFor(a.type, a.name, 0)])), { requiredKeys: [] });
  return { query, variables };
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
    let seed = SEED;
    for (const [kind, root] of roots) {
      for (const field of Object.values(root.getFields())) {
        const { query, variables } = operationFor(kind, field);
        for (const sample of fc.sample(variables, { numRuns: SAMPLES, seed: seed++ })) {
          for (const [viewer, headers] of viewers) {
            requests++;
            const record = (problem: string) =>
              findings.push({ field: `${kind}.${field.name}`, viewer, problem, variables: JSON.stringify(sample).slice(0, 300) });
            try {
              const r = await send({ query, variables: sample }, headers);
              if (r.status >= 500) record(`HTTP ${r.status}`);
              for (const error of r.json.errors ?? []) {
                const code = error.extensions?.code;
                if (!code) record(`no code: ${error.message.slice(0, 200)}`);
                else if (code === 'INTERNAL_SERVER_ERROR') record(`internal: ${error.message.slice(0, 200)}`);
                else if (!(code in ERROR_CODES)) record(`uncatalogued code ${code}: ${error.message.slice(0, 200)}`);
              }
            } catch (error) {
              record(`no answer: ${(error as Error).message}`);
            }
          }
        }
      }
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`schema fuzzing: ${requests} requests in ${seconds.toFixed(1)} s, ${findings.length} findings`);
    expect(findings, JSON.stringify(findings.slice(0, 20), null, 2)).toEqual([]);
    // Still serving.
    const after = await send({ query: '{ __typename }' }, {});
    expect(after.json).toEqual({ data: { __typename: 'Query' } });
  }, 240_000);
});
