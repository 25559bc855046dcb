import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers.js';

/**
 * Every example of the README and of docs/*.md runs as printed (issue 13, point 7; issue 19), its
 * sample output included:
 * - each ```graphql block, operation by operation, signed in as the demo account its
 *   `# signed in as …` line names (none: signed out); a variable comes from the result its
 *   `# $name = path` line names, an `Upload` is the org-chart template. An operation may fail only
 *   with the code its `# → error CODE` comment states. A `# → <JSON>` comment after an operation
 *   (continued on the following `#` lines), or a ```json block right after the graphql block (for
 *   its last operation), is the value of the operation's root field (see `matchesSample`).
 * - each ```sh block that talks to the server (`$ZEREN`) runs in bash against a live server, in an
 *   empty directory of its own; it must exit 0 and print nothing on stderr. A ```text block right
 *   after it is its standard output, line by line (`…` stands for any text).
 * Other blocks (`npm …` commands, front-end code, diagrams) are not run.
 * The demo data is loaded as of DEMO_NOW, the date the examples' sample outputs are written for.
 */

const DEMO_NOW = new Date('2026-11-20T02:00:00Z');

const DOCUMENTS = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

type Block = { file: string; lang: string; body: string; next?: { lang: string; body: string } };
/** The fenced blocks of a document, each with the block that follows it directly (blank lines between allowed). */
function blocksOf(file: string): Block[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/^[ \t]*```(\w*)\n([\s\S]*?)^[ \t]*```[ \t]*\n/gm)].map((m) => ({ lang: m[1]!, body: m[2]!, start: m.index!, end: m.index! + m[0].length }));
  return found.map((b, i) => {
    const after = found[i + 1];
    const adjacent = after && text.slice(b.end, after.start).trim() === '';
    return { file, lang: b.lang, body: b.body, next: adjacent ? { lang: after.lang, body: after.body } : undefined };
  });
}
const all = DOCUMENTS.flatMap(blocksOf);
const blocks = (lang: string) => all.filter((b) => b.lang === lang);

/** `…` in a sample string stands for any text (the rest must match exactly). */
const wildcard = (sample: string) => new RegExp(`^${sample.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*')}$`);

/**
 * Whether `actual` is what the sample prints: strings match with `…` as a wildcard; an object's
 * printed keys match (keys left out are not checked); an array matches item by item, all of them,
 * unless its last item is `"… N more"`: then exactly N more items follow the printed ones.
 */
function matchesSample(actual: unknown, sample: unknown, path = '$'): string | undefined {
  if (typeof sample === 'string') return typeof actual === 'string' && wildcard(sample).test(actual) ? undefined : `${path}: ${JSON.stringify(actual)} is not ${JSON.stringify(sample)}`;
  if (Array.isArray(sample)) {
    if (!Array.isArray(actual)) return `${path}: not a list`;
    const more = typeof sample.at(-1) === 'string' ? /^… (\d+) more$/.exec(sample.at(-1) as string) : null;
    const printed = more ? sample.slice(0, -1) : sample;
    const length = printed.length + (more ? Number(more[1]) : 0);
    if (actual.length !== length) return `${path}: ${actual.length} items, the sample says ${length}`;
    for (const [i, item] of printed.entries()) { const problem = matchesSample(actual[i], item, `${path}[${i}]`); if (problem) return problem; }
    return undefined;
  }
  if (sample && typeof sample === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return `${path}: not an object`;
    for (const [key, value] of Object.entries(sample)) {
      if (!(key in actual)) return `${path}.${key}: missing`;
      const problem = matchesSample((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  }
  return Object.is(actual, sample) ? undefined : `${path}: ${JSON.stringify(actual)} is not ${JSON.stringify(sample)}`;
}

/** A `# → {…}` sample in the comment after an operation, continued on the `#` lines below it. */
function commentSample(trailer: string): unknown {
  const lines = trailer.split('\n');
  const first = lines.findIndex((l) => /#\s*→\s*[[{"]/.test(l));
  if (first < 0) return undefined;
  let text = lines[first]!.replace(/^.*?#\s*→\s*/, '');
  for (let i = first + 1; ; i++) {
    try { return JSON.parse(text); } catch { /* continued below */ }
    const next = lines[i];
    if (next === undefined || !/^\s*#/.test(next)) throw new Error(`example: the sample after "→" is not JSON: ${text}`);
    text += ` ${next.replace(/^\s*#/, '')}`;
  }
}

let app: TestApp;
let server: Server;
let base: string;

beforeAll(async () => {
  app = await createTestApp({ now: DEMO_NOW });
  server = createHttpServer(app.yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 180_000);
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await app?.close();
});

function resolvePath(results: Record<string, unknown>, path: string): unknown {
  let value: unknown = results;
  for (const part of path.split(/\.|(?=\[)/)) {
    const index = /^\[(\d+)\]$/.exec(part);
    value = index ? (value as unknown[])[Number(index[1])] : (value as Record<string, unknown>)[part];
    if (value === undefined) throw new Error(`example: ${path} is not in the results so far`);
  }
  return value;
}

type Result = { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
async function runOperation(text: string, variables: Record<string, unknown>, uploads: string[], token?: string): Promise<Result> {
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (!uploads.length) return (await (await app.post({ query: text, variables }, auth)).json()) as Result;
  // GraphQL multipart request: the Upload variables get the org-chart template.
  const template = await (await fetch(`${base}/templates/org-chart.xlsx`)).blob();
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: text, variables: { ...variables, ...Object.fromEntries(uploads.map((u) => [u, null])) } }));
  form.set('map', JSON.stringify(Object.fromEntries(uploads.map((u, i) => [String(i), [`variables.${u}`]]))));
  uploads.forEach((_, i) => form.set(String(i), template, 'org-chart.xlsx'));
  const res = await fetch(`${base}/graphql`, { method: 'POST', body: form, headers: auth });
  return (await res.json()) as Result;
}

describe('documentation examples run as printed', () => {
  it('the README and docs/ have GraphQL and shell examples, with sample outputs', () => {
    expect(blocks('graphql').filter((b) => b.file === 'README.md').length).toBeGreaterThanOrEqual(2);
    expect(blocks('graphql').length).toBeGreaterThanOrEqual(5);
    expect(blocks('sh').filter((b) => b.body.includes('$ZEREN') && b.next?.lang === 'text').length).toBeGreaterThanOrEqual(2);
    expect(blocks('graphql').filter((b) => b.next?.lang === 'json').length).toBeGreaterThanOrEqual(2);
  });

  it('matchesSample: wildcards, left-out keys, "… N more"', () => {
    expect(matchesSample({ a: 'x-123-y', b: 2 }, { a: 'x-…-y' })).toBeUndefined();
    expect(matchesSample({ a: 'x-123-z' }, { a: 'x-…-y' })).toMatch(/\$\.a/);
    expect(matchesSample([1, 2, 3], [1, '… 2 more'])).toBeUndefined();
    expect(matchesSample([1, 2, 3], [1, '… 1 more'])).toMatch(/3 items/);
    expect(matchesSample([1, 2], [1])).toMatch(/2 items/);
    expect(matchesSample({ a: 1 }, { a: 1, b: 2 })).toMatch(/\$\.b: missing/);
  });

  it.each(blocks('graphql').map((b, i) => [b.file, i, b.body.split('\n').find((l) => l.trim() && !l.trim().startsWith('#'))!.slice(0, 60), b] as const))(
    '%s, graphql block %i: %s', async (_file, _i, _title, block) => {
      const body = block.body;
      expect(body).not.toMatch(/"<[^">]*>"/); // no placeholder left to fill in
      const account = /signed in as ([\w.]+)/.exec(body)?.[1];
      const token = account ? await app.login(account) : undefined;
      const assignments = new Map([...body.matchAll(/#\s*\$(\w+)\s*=\s*([\w.[\]]+)/g)].map((m) => [m[1]!, m[2]!]));
      const operations = parse(body).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      expect(operations.length).toBeGreaterThan(0);
      const results: Record<string, unknown> = {};
      for (const [n, op] of operations.entries()) {
        const text = body.slice(op.loc!.start, op.loc!.end);
        const trailer = body.slice(op.loc!.end, operations[n + 1]?.loc!.start ?? body.length);
        const expected = /→ error ([A-Z_]+)/.exec(trailer)?.[1];
        const variables: Record<string, unknown> = {};
        const uploads: string[] = [];
        for (const v of op.variableDefinitions ?? []) {
          const name = v.variable.name.value;
          if (JSON.stringify(v.type).includes('"Upload"')) { uploads.push(name); continue; }
          const path = assignments.get(name);
          if (!path) throw new Error(`example: $${name} has no "# $${name} = …" line`);
          variables[name] = resolvePath(results, path);
        }
        const result = await runOperation(text, variables, uploads, token);
        if (expected) {
          expect(result.errors?.map((e) => e.extensions?.code), text).toEqual([expected]);
          continue;
        }
        expect(result.errors, text).toBeUndefined();
        Object.assign(results, result.data);
        const last = n === operations.length - 1;
        const sample = commentSample(trailer) ?? (last && block.next?.lang === 'json' ? JSON.parse(block.next.body) : undefined);
        if (sample !== undefined) {
          const values = Object.values(result.data ?? {});
          expect(values, `${text}: a sample output needs one root field`).toHaveLength(1);
          expect(matchesSample(values[0], sample), text).toBeUndefined();
        }
      }
    });

  it.each(blocks('sh').filter((b) => b.body.includes('$ZEREN')).map((b, i) => [b.file, i, b] as const))(
    '%s, shell example %i runs against a live server', async (_file, _i, block) => {
      const dir = await mkdtemp(join(tmpdir(), 'zeren-docs-'));
      try {
        // Asynchronously: the server answering the script runs in this process.
        const run = await promisify(execFile)('bash', ['--norc', '--noprofile', '-euo', 'pipefail', '-c', block.body], { cwd: dir, env: { ...process.env, ZEREN: base }, encoding: 'utf8', timeout: 60_000 });
        expect(run.stderr).toBe('');
        if (block.next?.lang === 'text') {
          // A CSV's byte-order mark and CRLF line ends are not printed.
          const printed = run.stdout.replace(/\uFEFF/g, '').replace(/\r\n/g, '\n').trimEnd().split('\n');
          const sample = block.next.body.trimEnd().split('\n');
          expect(printed.length, run.stdout).toBe(sample.length);
          sample.forEach((line, i) => expect(printed[i], `line ${i + 1}`).toMatch(wildcard(line)));
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
});
