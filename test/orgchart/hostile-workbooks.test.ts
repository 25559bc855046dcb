import { constants as zlibConstants, createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_LIMITS } from '../../src/lib/bounded-xlsx.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { importWorkbook, validChart, workbookBytes } from './fixtures.js';

/**
 * Issue 23, point 1: crafted workbooks, as an attacker who may import (or may not) would send them.
 * Each is built here with node:zlib: a real workbook's parts plus a bomb. Every one is refused with a
 * code within 2 s, the test process's memory (the server runs in it) grows by at most 200 MB, and
 * /health answers within 1 s while the refusal is under way.
 */

let app: TestApp;
let secretary: string;
let branchSecretary: string;
let base: { name: string; data: Buffer }[];

const GiB = 1024 * 1024 * 1024;
const MiB = 1024 * 1024;

interface Part { name: string; data?: Buffer; deflated?: { data: Buffer; crc: number; size: number }; declaredSize?: number }

/** A ZIP archive of the parts (deflated), written by hand so that sizes can lie. */
function zip(parts: Part[]): Uint8Array {
  const chunks: Buffer[] = [];
  const dir: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const d = part.deflated ?? { data: deflateRawSync(part.data!), crc: crc32(part.data!), size: part.data!.length };
    const size = part.declaredSize ?? d.size;
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(d.crc >>> 0, 14); local.writeUInt32LE(d.data.length, 18); local.writeUInt32LE(size, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(d.crc >>> 0, 16); central.writeUInt32LE(d.data.length, 20); central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    chunks.push(local, name, d.data);
    dir.push(central, name);
    offset += 30 + name.length + d.data.length;
  }
  const dirBytes = Buffer.concat(dir);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(parts.length, 8); end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirBytes.length, 12); end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, dirBytes, end]));
}

/**
 * `total` bytes of `chunk` repeated (a whole number of chunks), deflated without ever deflating
 * them all: after a sync flush, each further chunk of a repeated input deflates to the same bytes,
 * so the stream is the first chunk's bytes, the second's repeated, and the end.
 */
async function deflatedRepeat(chunk: Buffer, total: number): Promise<{ data: Buffer; crc: number; size: number }> {
  const stream = createDeflateRaw({ level: 9 });
  let out: Buffer[] = [];
  stream.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise((resolve) => stream.on('end', resolve));
  const next = async () => {
    stream.write(chunk);
    await new Promise((resolve) => stream.flush(zlibConstants.Z_SYNC_FLUSH, () => resolve(undefined)));
    const bytes = Buffer.concat(out);
    out = [];
    return bytes;
  };
  const first = await next();
  const second = await next();
  const third = await next();
  expect(third.equals(second)).toBe(true);
  stream.end();
  await ended;
  const last = Buffer.concat(out);
  const n = Math.round(total / chunk.length);
  let crc = 0;
  for (let i = 0; i < n; i++) crc = crc32(chunk, crc);
  return { data: Buffer.concat([first, ...Array.from({ length: n - 1 }, () => second), last]), crc, size: total };
}

/** The real workbook's parts with `replace` swapped in or added. */
const craft = (extra: Part[]) => zip([...base.filter((p) => !extra.some((e) => e.name === p.name)), ...extra]);
const sheetXml = (rows: string, tail = '') =>
  Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${tail}</worksheet>`);

async function health(): Promise<number> {
  const started = performance.now();
  const res = await app.yoga.fetch('http://zeren.test/health');
  expect(res.status).toBe(200);
  return performance.now() - started;
}

/** Sends the workbook as a dry run; measures time, memory growth and /health meanwhile. */
async function attempt(token: string, bytes: Uint8Array) {
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 10);
  const started = performance.now();
  const pending = importWorkbook(app, token, bytes, true);
  const [result, healthMs] = await Promise.all([pending, new Promise((r) => setTimeout(r, 20)).then(health)]);
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { code: result.errors?.[0]?.extensions?.code, extensions: result.errors?.[0]?.extensions, ms, grewMB: (peak - rssBefore) / MiB, healthMs };
}

/**
 * The bounds (2 s, 200 MB, /health within 1 s) hold on a quiet machine. A loaded machine (CI
 * runs two suites at once on two cores) slows everything alike, so the time bounds scale with a
 * reference measured in the same run, right before and right after the attempt (load comes and
 * goes within a run; one floor taken in beforeAll was not enough): the dry run of a small valid
 * workbook, which costs at least as much as a cheap refusal (both read a few parts and answer; the
 * valid one also checks the chart against the database). On a quiet machine that reference is under
 * QUIET_FLOOR_MS and the bounds are the issue's own. Memory is not scaled.
 *
 * Time alone is not what catches an unbounded unzip: every hostile case also asserts the error code
 * and the name of the limit that refused it, and the memory growth (inflating the 1.5 GiB bomb would
 * take 1.5 GiB), which do not depend on the machine's load.
 */
const QUIET_FLOOR_MS = 500;
let valid: Uint8Array;

/** A valid workbook's dry run, in ms: the reference the time bounds scale with. */
async function reference(): Promise<number> {
  const started = performance.now();
  const result = await importWorkbook(app, secretary, valid, true);
  expect(result.errors).toBeUndefined();
  return performance.now() - started;
}

/** How much slower than a quiet machine this one is now (at least 1), from references on either side of `run`. */
async function underLoad<T>(run: () => Promise<T>): Promise<{ result: T; load: number }> {
  const before = await reference();
  const result = await run();
  const after = await reference();
  return { result, load: Math.max(1, Math.max(before, after) / QUIET_FLOOR_MS) };
}

/**
 * The same bytes sent with no token (refused UNAUTHENTICATED before any resolver runs), in ms: what
 * the HTTP upload path alone costs for them (reading and parsing the multipart body: 15–30 ms per MB
 * since the response cache stopped keying uploads, 1.6–2 s per MB before), which is not the import's
 * work and is not what the bounds are about.
 */
async function transport(bytes: Uint8Array): Promise<number> {
  const started = performance.now();
  const result = await importWorkbook(app, '', bytes, true);
  expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  return performance.now() - started;
}

/** An attempt with the load it ran under and the cost of its upload alone. */
const timedAttempt = async (token: string, bytes: Uint8Array) => {
  const before = await transport(bytes);
  const { result, load } = await underLoad(() => attempt(token, bytes));
  // Like the reference, on either side of the attempt: load comes and goes.
  return { ...result, load, transportMs: Math.max(before, await transport(bytes)) };
};

const expectCheap = (r: Awaited<ReturnType<typeof timedAttempt>>) => {
  expect(r.ms).toBeLessThan(r.transportMs + 2000 * r.load);
  expect(r.grewMB).toBeLessThan(200);
  expect(r.healthMs).toBeLessThan(1000 * r.load);
};

let bomb: { data: Buffer; crc: number; size: number };

beforeAll(async () => {
  app = await createTestApp({ seed: true });
  secretary = await app.login('secretary');
  branchSecretary = await app.login('branch.organs1');
  const real = await JSZip.loadAsync(await workbookBytes(validChart('DFHW')));
  base = await Promise.all(Object.values(real.files).filter((f) => !f.dir).map(async (f) => ({ name: f.name, data: Buffer.from(await f.async('uint8array')) })));
  valid = await workbookBytes(validChart('DFHW'));
  const floors: number[] = [];
  for (let i = 0; i < 3; i++) floors.push(await reference());
  console.log(`hostile workbooks: the reference (a valid workbook's dry run) took ${Math.min(...floors).toFixed(0)} ms at best`);
  // 1.5 GiB of zeros, about 1.5 MB deflated.
  bomb = await deflatedRepeat(Buffer.alloc(MiB), 1.5 * GiB);
}, 120_000);
afterAll(() => app?.close());

describe('authorise before reading', () => {
  it('a branch secretary gets FORBIDDEN for a 53-byte text file named .xlsx, as for a real workbook', async () => {
    const text = new TextEncoder().encode('this is not a workbook, only 53 bytes of plain text!\n');
    expect(text.length).toBe(53);
    expect((await importWorkbook(app, branchSecretary, text, true)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await importWorkbook(app, branchSecretary, await workbookBytes(validChart('DFHW')), true)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Whoever may import is told what the file is.
    expect((await importWorkbook(app, secretary, text, true)).errors?.[0]?.extensions?.code).toBe('ORG_CHART_UNREADABLE');
  });

  it('a branch secretary\'s zip bomb answers FORBIDDEN having cost nothing', async () => {
    const bytes = craft([{ name: 'xl/media/image1.png', deflated: bomb }]);
    expect(bytes.length).toBeLessThan(2 * MiB);
    const r = await timedAttempt(branchSecretary, bytes);
    expect(r.code).toBe('FORBIDDEN');
    expectCheap(r);
  });
});

describe('hostile workbooks from someone who may import', () => {
  it('a 1.5 GiB media part is never inflated: the workbook is read without it', async () => {
    const plain = await timedAttempt(secretary, craft([]));
    expect(plain.code).toBeUndefined();
    const r = await timedAttempt(secretary, craft([{ name: 'xl/media/image1.png', deflated: bomb }]));
    // The chart itself is read as without the image: the dry run answers with no error at all,
    // in about the time of the same workbook without it.
    expect(r.code).toBeUndefined();
    const load = Math.max(plain.load, r.load);
    // (Plus what the upload path alone costs for the image's extra 1.5 MB; see transport().)
    expect(r.ms).toBeLessThan(plain.ms + Math.max(0, r.transportMs - plain.transportMs) + 1000 * load);
    expect(r.grewMB).toBeLessThan(200);
    expect(r.healthMs).toBeLessThan(1000 * load);
  });

  it('a sheet inflating to 1.5 GiB is refused at the part limit', async () => {
    const r = await timedAttempt(secretary, craft([{ name: 'xl/worksheets/sheet1.xml', deflated: bomb }]));
    expect(r.code).toBe('WORKBOOK_TOO_LARGE');
    expect(r.extensions?.limit).toBe('partBytes');
    expectCheap(r);
  });

  it('a sheet lying about its size (declares 1 KB, inflates to 1.5 GiB) is stopped at the limit all the same', async () => {
    const r = await timedAttempt(secretary, craft([{ name: 'xl/worksheets/sheet1.xml', deflated: bomb, declaredSize: 1024 }]));
    expect(r.code).toBe('WORKBOOK_TOO_LARGE');
    expect(r.extensions?.limit).toBe('partBytes');
    expectCheap(r);
  });

  it('many parts each under the part limit are refused at the total limit', async () => {
    const part = await deflatedRepeat(Buffer.alloc(MiB, 0x20), 5 * MiB);
    const parts = [2, 3, 4, 5].map((n) => ({ name: `xl/worksheets/sheet${n}.xml`, deflated: part }));
    const r = await timedAttempt(secretary, craft(parts));
    expect(r.code).toBe('WORKBOOK_TOO_LARGE');
    expect(r.extensions?.limit).toBe('totalBytes');
    expectCheap(r);
  });

  it('a shared-string table of 400,000 entries is refused', async () => {
    const strings = Buffer.from(`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<si><t>a</t></si>'.repeat(400_000)}</sst>`);
    const r = await timedAttempt(secretary, craft([{ name: 'xl/sharedStrings.xml', data: strings }]));
    expect(r.code).toBe('WORKBOOK_TOO_LARGE');
    expect(r.extensions?.limit).toBe('sharedStrings');
    expectCheap(r);
  });

  it('a sheet of a million rows is refused; so is one of 30,000 rows, at the row limit', async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `<row r="${i + 1}"/>`).join('');
    const million = await timedAttempt(secretary, craft([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(rows(1_000_000)) }]));
    expect(million.code).toBe('WORKBOOK_TOO_LARGE');
    // About 17 MB of XML: refused at the part limit while inflating, before a row is parsed.
    expect(million.extensions?.limit).toBe('partBytes');
    expectCheap(million);
    const r = await timedAttempt(secretary, craft([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(rows(30_000)) }]));
    expect(r.code).toBe('WORKBOOK_TOO_LARGE');
    expect(r.extensions?.limit).toBe('rowsPerSheet');
    expectCheap(r);
  });

  it('cells in column 16,384 are refused', async () => {
    const r = await timedAttempt(secretary, craft([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml('<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>') }]));
    expect(r.code).toBe('WORKBOOK_TOO_LARGE');
    expect(r.extensions?.limit).toBe('column');
  });

  it('a merged range of the whole sheet (exceljs would expand 17 billion cells) is refused', async () => {
    const r = await timedAttempt(secretary, craft([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml('<row r="1"/>', '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>') }]));
    expect(r.code).toBe('WORKBOOK_TOO_LARGE');
    expect(r.extensions?.limit).toBe('rangeCells');
    expectCheap(r);
  });

  it('a data validation over the whole sheet is dropped unread: the workbook imports', async () => {
    const sheet = base.find((p) => p.name === 'xl/worksheets/sheet1.xml')!.data.toString('utf8');
    const hostile = sheet.replace('</worksheet>', '')
      + '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations></worksheet>';
    const r = await timedAttempt(secretary, craft([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from(hostile) }]));
    expect(r.code).toBeUndefined();
    expectCheap(r);
  });

  it('an archive with more entries than the limit is refused before any is read', async () => {
    const many = Array.from({ length: XLSX_LIMITS.entries + 1 }, (_, i) => ({ name: `xl/media/i${i}.png`, data: Buffer.from('x') }));
    const r = await timedAttempt(secretary, craft(many));
    expect(r.code).toBe('WORKBOOK_TOO_LARGE');
    expect(r.extensions?.limit).toBe('entries');
  });

  it('five bombs batched in one request are each refused cheaply', async () => {
    // The operations of one multipart request share one file part (yoga batching).
    const bytes = craft([{ name: 'xl/worksheets/sheet1.xml', deflated: bomb, declaredSize: 1024 }]);
    const form = new FormData();
    const query = 'mutation($input: ImportOrgChartInput!) { importOrgChart(input: $input) { applied } }';
    form.append('operations', JSON.stringify(Array.from({ length: 5 }, () => ({ query, variables: { input: { dryRun: true, file: null } } }))));
    form.append('map', JSON.stringify({ 0: [0, 1, 2, 3, 4].map((i) => `${i}.variables.input.file`) }));
    form.append('0', new File([bytes as Uint8Array<ArrayBuffer>], 'bomb.xlsx'));
    // Memory is measured around the bombs' request alone (the floor's valid dry runs that underLoad
    // times before and after it allocate too, and RSS does not shrink after them).
    const { result: { ms, body, grewMB }, load } = await underLoad(async () => {
      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 10);
      const started = performance.now();
      const res = await app.yoga.fetch('http://zeren.test/graphql', { method: 'POST', body: form, headers: { authorization: `Bearer ${secretary}` } });
      const body = (await res.json()) as { errors?: { extensions: { code: string; limit?: string } }[] }[];
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      return { ms: performance.now() - started, body, grewMB: (peak - rssBefore) / MiB };
    });
    // Less the upload path's own cost for the same body (see transport()).
    const anonymous = await (async () => {
      const started = performance.now();
      const res = await app.yoga.fetch('http://zeren.test/graphql', { method: 'POST', body: form });
      await res.json();
      return performance.now() - started;
    })();
    expect(ms).toBeLessThan(anonymous + 2000 * load);
    // Only one of the five is read (asserted below). The 240–350 MB this request once grew the process
    // by, run alone, was the response cache keying the request: it serialised the upload's bytes as a
    // JSON array of numbers before asking whether it would cache (src/response-cache.ts, operationKey).
    expect(grewMB).toBeLessThan(200);
    console.info(`five bombs batched: ${ms.toFixed(0)} ms, RSS +${grewMB.toFixed(0)} MB`);
    expect(body).toHaveLength(5);
    const answered = body.map((b) => b.errors?.[0]?.extensions.code);
    // The one that was read was stopped at the part limit (it declares 1 KB and inflates to 1.5 GiB).
    expect(body.map((b) => b.errors?.[0]?.extensions).filter((e) => e?.code === 'WORKBOOK_TOO_LARGE').every((e) => e?.limit === 'partBytes')).toBe(true);
    // One import per request: the first is read (and refused for its size), the others are refused unread.
    expect(answered.filter((c) => c === 'WORKBOOK_TOO_LARGE').length).toBeLessThanOrEqual(1);
    expect(answered.every((c) => c === 'WORKBOOK_TOO_LARGE' || c === 'QUERY_TOO_COMPLEX')).toBe(true);
  });
});
