import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers.js';

/**
 * Every example of the README runs as printed (issue 13, point 7): each ```graphql block, operation
 * by operation, signed in as the demo account its `# signed in as …` line names (none: signed out);
 * a variable comes from the result its `# $name = path` line names, an `Upload` is the org-chart
 * template. An operation may fail only with the code its `# → error CODE` comment states. Each
 * ```sh block that talks to the server (`$ZEREN`) runs in bash against a live server.
 */

const README = readFileSync('README.md', 'utf8');
const blocks = (lang: string) =>
  [...README.matchAll(/^[ \t]*```(\w+)\n([\s\S]*?)^[ \t]*```/gm)].filter((m) => m[1] === lang).map((m) => m[2]!);

let app: TestApp;
let server: Server;
let base: string;

beforeAll(async () => {
  app = await createTestApp();
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
    if (value === undefined) throw new Error(`README example: ${path} is not in the results so far`);
  }
  return value;
}

async function runOperation(text: string, op: OperationDefinitionNode, variables: Record<string, unknown>, uploads: string[], token?: string) {
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (!uploads.length) return (await (await app.post({ query: text, variables }, auth)).json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
  // GraphQL multipart request: the Upload variables get the org-chart template.
  const template = await (await fetch(`${base}/templates/org-chart.xlsx`)).blob();
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: text, variables: { ...variables, ...Object.fromEntries(uploads.map((u) => [u, null])) } }));
  form.set('map', JSON.stringify(Object.fromEntries(uploads.map((u, i) => [String(i), [`variables.${u}`]]))));
  uploads.forEach((_, i) => form.set(String(i), template, 'org-chart.xlsx'));
  const res = await fetch(`${base}/graphql`, { method: 'POST', body: form, headers: { ...auth, 'graphql-require-preflight': '1' } });
  void op;
  return (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
}

describe('README examples run as printed', () => {
  const graphqlBlocks = blocks('graphql');

  it('the README has GraphQL and shell examples', () => {
    expect(graphqlBlocks.length).toBeGreaterThanOrEqual(5);
    expect(blocks('sh').some((b) => b.includes('$ZEREN'))).toBe(true);
  });

  it.each(graphqlBlocks.map((b, i) => [i, b.split('\n').find((l) => l.trim() && !l.trim().startsWith('#'))!.slice(0, 60), b] as const))(
    'graphql block %i: %s', async (_i, _title, block) => {
      expect(block).not.toMatch(/"<[^">]*>"/); // no placeholder left to fill in
      const account = /signed in as ([\w.]+)/.exec(block)?.[1];
      const token = account ? await app.login(account) : undefined;
      const assignments = new Map([...block.matchAll(/#\s*\$(\w+)\s*=\s*([\w.[\]]+)/g)].map((m) => [m[1]!, m[2]!]));
      const operations = parse(block).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      expect(operations.length).toBeGreaterThan(0);
      const results: Record<string, unknown> = {};
      for (const [n, op] of operations.entries()) {
        const text = block.slice(op.loc!.start, op.loc!.end);
        const trailer = block.slice(op.loc!.end, operations[n + 1]?.loc!.start ?? block.length);
        const expected = /→ error ([A-Z_]+)/.exec(trailer)?.[1];
        const variables: Record<string, unknown> = {};
        const uploads: string[] = [];
        for (const v of op.variableDefinitions ?? []) {
          const name = v.variable.name.value;
          const type = JSON.stringify(v.type);
          if (type.includes('"Upload"')) { uploads.push(name); continue; }
          const path = assignments.get(name);
          if (!path) throw new Error(`README example: $${name} has no "# $${name} = …" line`);
          variables[name] = resolvePath(results, path);
        }
        const result = await runOperation(text, op, variables, uploads, token);
        if (expected) {
          expect(result.errors?.map((e) => e.extensions?.code), text).toEqual([expected]);
        } else {
          expect(result.errors, text).toBeUndefined();
          Object.assign(results, result.data);
        }
      }
    });

  it('the shell examples run against a live server', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zeren-readme-'));
    try {
      for (const block of blocks('sh').filter((b) => b.includes('$ZEREN'))) {
        // Asynchronously: the server answering the script runs in this process.
        const run = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', block], { cwd: dir, env: { ...process.env, ZEREN: base }, encoding: 'utf8', timeout: 60_000 });
        expect(run.stderr).toBe('');
        const file = run.stdout.trim().split('\n').pop()!;
        expect(file).toMatch(/^org_units_.*\.csv$/);
        expect(readFileSync(join(dir, file), 'utf8')).toContain('单位名称,单位类型,上级单位');
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
