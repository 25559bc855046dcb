import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecutionResult } from 'graphql';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { globalId } from '../../src/lib/ids.js';
import { demoPasswordHash, type TestApp } from '../helpers.js';

export const gid = globalId;
export const day = (s: string) => new Date(`${s}T00:00:00Z`);
/** A moment on a calendar day in China (10:00 local). */
export const chinaNoon = (s: string) => new Date(`${s}T02:00:00Z`);

/** Points the app's evidence store at a fresh temporary directory. */
export async function useTempDataDir(app: TestApp): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zeren-plan-'));
  (app.services.config as { DATA_DIR: string }).DATA_DIR = dir;
  return dir;
}

/** A signed-in token for any person of the demo data (an account is created when they have none). */
export async function tokenFor(app: TestApp, personId: string): Promise<string> {
  const prisma = app.db.prisma;
  let account = await prisma.userAccount.findFirst({ where: { personId } });
  if (!account) {
    const person = await prisma.person.findUniqueOrThrow({ where: { id: personId } });
    account = await prisma.userAccount.create({
      data: { username: `p.${personId}`, passwordHash: await demoPasswordHash(), displayName: person.name, tenantId: person.tenantId, personId },
    });
  }
  return (await app.services.tokens.issue(account.id)).token;
}

export const unitId = (app: TestApp, key: string, tenant: 'bureau' | 'housing' = 'bureau') => {
  const id = app.demo[tenant].units.get(key);
  if (!id) throw new Error(`no unit ${key}`);
  return id;
};
export const personId = (app: TestApp, name: string, tenant: 'bureau' | 'housing' = 'bureau') => {
  const id = app.demo[tenant].people.get(name);
  if (!id) throw new Error(`no person ${name}`);
  return id;
};

/** Posts a GraphQL multipart request (the spec yoga implements) with one file at variables.input.file. */
export async function upload<R, V>(
  app: TestApp,
  token: string | undefined,
  document: TypedDocumentNode<R, V>,
  input: Record<string, unknown>,
  file: { name: string; bytes: Uint8Array; type?: string },
): Promise<ExecutionResult<R>> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: print(document), variables: { input: { ...input, file: null } } }));
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type ?? 'application/octet-stream' }));
  const res = await app.yoga.fetch('http://zeren.test/graphql', {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return (await res.json()) as ExecutionResult<R>;
}

export const download = (app: TestApp, path: string, token?: string) =>
  Promise.resolve(app.yoga.fetch(`http://zeren.test${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }));

export const PDF = (text: string) => new TextEncoder().encode(`%PDF-1.7\n% ${text}\n%%EOF\n`);
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

/** Opens a subscription over SSE and collects its events until stopped. */
export function subscribe(app: TestApp, token: string, query: string) {
  const controller = new AbortController();
  const events: unknown[] = [];
  let resolveReady!: () => void;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const done = (async () => {
    const res = await app.yoga.fetch('http://zeren.test/graphql', {
      method: 'POST',
      headers: { accept: 'text/event-stream', authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal: controller.signal,
    });
    resolveReady();
    reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader!.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
          if (data) events.push(JSON.parse(data));
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    events,
    ready,
    async waitFor(count: number, timeoutMs = 3000) {
      const start = Date.now();
      while (events.length < count && Date.now() - start < timeoutMs) await new Promise((r) => setTimeout(r, 20));
      return events;
    },
    async stop() {
      // The in-process fetch does not end the stream on abort: cancel the reader too.
      controller.abort();
      await reader?.cancel().catch(() => undefined);
      await done.catch(() => undefined);
    },
  };
}
