import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAVY_CONCURRENCY, MemoryHeavySlots } from '../../src/lib/heavy-work.js';
import { FOREIGN_NAME_POLICY } from '../../src/modules/accounts/username-probes.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';
import { RequestExport } from '../exports/helpers.js';
import { importWorkbook, newBureau, validChart, workbookBytes } from '../orgchart/fixtures.js';

/**
 * Issue 23, points 2, 3 and 5, as an insider would try them: aliases and batches of heavy fields,
 * concurrent imports, a bulk username oracle through the import's 账号 rows, and guessing the
 * current password with a stolen session. Run on PostgreSQL too (DATABASE_URL) for the concurrent cases.
 */

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seed: true });
});
afterAll(() => app?.close());

const ChangePassword = graphql(`mutation HostileChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }`);
const ExportTwice = graphql(`
  mutation HostileExports($input: RequestExportInput!) {
    a: requestExport(input: $input) { link { url } } b: requestExport(input: $input) { link { url } }
    c: requestExport(input: $input) { link { url } } d: requestExport(input: $input) { link { url } }
    e: requestExport(input: $input) { link { url } } f: requestExport(input: $input) { link { url } }
  }
`);

async function multipart(token: string, operations: unknown, map: Record<string, string[]>, bytes: Uint8Array) {
  const form = new FormData();
  form.append('operations', JSON.stringify(operations));
  form.append('map', JSON.stringify(map));
  form.append('0', new File([bytes as Uint8Array<ArrayBuffer>], 'org-chart.xlsx'));
  const res = await app.yoga.fetch('http://zeren.test/graphql', { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  return res.json() as Promise<{ data?: unknown; errors?: { extensions: Record<string, unknown> }[] }>;
}

describe('heavy work is counted, not multiplied', () => {
  it('two aliases of importOrgChart in one operation are refused before either runs', async () => {
    const token = await app.login('secretary');
    const query = 'mutation($input: ImportOrgChartInput!) { a: importOrgChart(input: $input) { applied } b: importOrgChart(input: $input) { applied } }';
    const r = await multipart(token, { query, variables: { input: { dryRun: true, file: null } } }, { 0: ['variables.input.file'] }, await workbookBytes(validChart('DFHA')));
    expect(r.errors?.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors?.[0]?.extensions).toMatchObject({ cost: 200, limit: 100 });
  });

  it('the same through a fragment spread twice, and six export requests in one operation, are refused too', async () => {
    const token = await app.login('secretary');
    const query = 'mutation($input: ImportOrgChartInput!) { ...I ...J } fragment I on Mutation { importOrgChart(input: $input) { applied } } fragment J on Mutation { x: importOrgChart(input: $input) { applied } }';
    const r = await multipart(token, { query, variables: { input: { dryRun: true, file: null } } }, { 0: ['variables.input.file'] }, await workbookBytes(validChart('DFHA')));
    expect(r.errors?.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(codes(await app.run(ExportTwice, { input: { ledger: 'AUDIT', format: 'CSV' } }, token))).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('one import per request across a batch: the second operation is refused unread', async () => {
    const token = await app.login('secretary');
    const query = 'mutation($input: ImportOrgChartInput!) { importOrgChart(input: $input) { applied errors { code } } }';
    const ops = [0, 1].map(() => ({ query, variables: { input: { dryRun: true, file: null } } }));
    const r = (await multipart(token, ops, { 0: ['0.variables.input.file', '1.variables.input.file'] }, await workbookBytes(validChart('DFHB')))) as unknown as { data?: unknown; errors?: { extensions: { code: string } }[] }[];
    expect(r.map((x) => x.errors?.[0]?.extensions.code ?? 'ran')).toEqual(['ran', 'QUERY_TOO_COMPLEX']);
  });

  it('concurrent imports by one account: at most one runs, the others get RATE_LIMITED with retryAfter', async () => {
    const token = await app.login('secretary');
    const bytes = await workbookBytes(validChart('DFHC'));
    const results = await Promise.all([0, 1, 2, 3].map(() => importWorkbook(app, token, bytes, true)));
    const ran = results.filter((r) => !r.errors);
    const limited = results.filter((r) => r.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    // Sent at once, they meet the slot while the first still holds it; on a loaded machine the first
    // can finish before the last arrives and that one then runs too. Never all four, never an error
    // other than RATE_LIMITED.
    expect(ran.length + limited.length).toBe(4);
    expect(ran.length).toBeGreaterThanOrEqual(1);
    expect(limited.length).toBeGreaterThanOrEqual(1);
    expect(limited[0]!.errors![0]!.extensions).toMatchObject({ retryAfter: HEAVY_CONCURRENCY.import.retryAfter, scope: 'account' });
    // The slot is free again afterwards.
    expect((await importWorkbook(app, token, bytes, true)).errors).toBeUndefined();
  });

  it('per bureau: the third concurrent import of a bureau is refused even from a third account; slots come back', async () => {
    const slots = new MemoryHeavySlots();
    const release = [await slots.take('import', 'u1', 'bureau-x'), await slots.take('import', 'u2', 'bureau-x')];
    await expect(slots.take('import', 'u3', 'bureau-x')).rejects.toThrow(/本单位已有导入正在进行/);
    await expect(slots.take('import', 'u1', 'bureau-y')).rejects.toThrow(/本账号已有导入正在进行/); // u1 already runs one
    const other = await slots.take('import', 'u3', 'bureau-y');
    for (const r of [...release, other]) { await r(); await r(); } // idempotent
    expect(await slots.inUse('import:scope:bureau-x')).toBe(0);
    expect(await slots.inUse('import:account:u1')).toBe(0);
  });
});

describe('per-bureau slots over HTTP', () => {
  // Other staff of the bureau have heavy work in flight (slots held on this instance's store, as their
  // requests would hold them); the secretary's own account is free, so only the bureau's limit refuses.
  const holdOthers = async (kind: 'import' | 'export', n: number) => {
    const tenantId = app.demo.bureau.tenantId;
    return Promise.all(Array.from({ length: n }, (_, i) => app.services.heavySlots.take(kind, `other-staff-${kind}-${i}`, tenantId)));
  };

  it('an import over HTTP is refused RATE_LIMITED (scope: bureau) while the bureau\'s import slots are full, and runs once one is back', async () => {
    const token = await app.login('secretary');
    const bytes = await workbookBytes(validChart('DFHS'));
    const held = await holdOthers('import', HEAVY_CONCURRENCY.import.perScope);
    const refused = await importWorkbook(app, token, bytes, true);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', scope: 'scope', limit: HEAVY_CONCURRENCY.import.perScope, retryAfter: HEAVY_CONCURRENCY.import.retryAfter });
    expect(refused.errors?.[0]?.message).toMatch(/^本单位已有导入正在进行/);
    await held[0]!();
    const ran = await importWorkbook(app, token, bytes, true);
    expect(ran.errors?.[0]?.extensions?.code).not.toBe('RATE_LIMITED');
    await held[1]!();
    expect(await app.services.heavySlots.inUse(`import:scope:${app.demo.bureau.tenantId}`)).toBe(0);
  });

  it('an export download is refused 429 with Retry-After while the bureau\'s export slots are full, and streams once one is back', async () => {
    const token = await app.login('secretary');
    const { requestExport } = await app.ok(RequestExport, { input: { ledger: 'ORG_CHART', format: 'XLSX' } }, token);
    const url = `http://zeren.test${requestExport.link!.url}`;
    const held = await holdOthers('export', HEAVY_CONCURRENCY.export.perScope);
    const refused = await app.yoga.fetch(url);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(HEAVY_CONCURRENCY.export.retryAfter));
    const body = (await refused.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', scope: 'scope', limit: HEAVY_CONCURRENCY.export.perScope });
    expect(body.errors[0]!.message).toMatch(/^本单位已有导出正在进行/);
    await held[0]!();
    const ok = await app.yoga.fetch(url);
    expect(ok.status).toBe(200);
    await ok.arrayBuffer();
    for (const release of held) await release();
    expect(await app.services.heavySlots.inUse(`export:scope:${app.demo.bureau.tenantId}`)).toBe(0);
  });
});

describe('no bulk username oracle', () => {
  it('one request, and one hour, learn at most a handful of names outside the bureau', async () => {
    const bureau = await newBureau(app, 'DFHO');
    const foreign = await app.db.prisma.userAccount.findMany({ where: { NOT: { tenantId: bureau.tenantId } }, select: { username: true }, orderBy: { username: 'asc' } });
    expect(foreign.length).toBeGreaterThanOrEqual(8);
    const probe = async (names: string[]) => {
      const chart = validChart('DFHO');
      chart.people = names.map((_, i) => [`X${i}`, `探${i}`, '科员']);
      chart.accounts = names.map((n, i) => [n, `X${i}`]);
      const r = await importWorkbook(app, bureau.token, await workbookBytes(chart), true);
      if (r.errors) return { code: r.errors[0]!.extensions!.code as string, learned: [] as string[] };
      return { code: 'ok', learned: r.data!.importOrgChart.errors.filter((e) => e.code === 'ACCOUNT_TAKEN').map((e) => e.message) };
    };
    const start = new Date('2027-03-01T02:00:00Z');
    app.setNow(start);
    const names = foreign.map((f) => f.username);
    // 8 foreign names at once: more than the allowance, so the request learns nothing.
    expect(await probe(names.slice(0, 8))).toEqual({ code: 'RATE_LIMITED', learned: [] });
    app.setNow(new Date(start.getTime() + 61 * 60_000)); // the refused request still counted: wait the hour out
    let learned = 0;
    let requests = 0;
    // An hour of probing, one name per request, every minute.
    for (let minute = 0; minute < 60; minute++) {
      app.setNow(new Date(start.getTime() + (122 + minute) * 60_000));
      const r = await probe([names[minute % names.length]!, `never.exists.${minute}`]);
      requests++;
      learned += r.learned.length;
      if (r.code !== 'ok') expect(r.code).toBe('RATE_LIMITED');
    }
    expect(requests).toBe(60);
    expect(learned).toBeLessThanOrEqual(FOREIGN_NAME_POLICY.free + 3);
    expect(learned).toBeGreaterThanOrEqual(FOREIGN_NAME_POLICY.free);
    // The bureau's own names are never throttled.
    const own = await probe([`admin.dfho`]);
    expect(own.code).not.toBe('RATE_LIMITED');
    app.setNow(new Date());
  }, 300_000);
});

describe('changePassword', () => {
  it('refuses a password of only spaces', async () => {
    const token = await app.login('member.forestry');
    const r = await app.run(ChangePassword, { input: { currentPassword: 'demo', newPassword: '          ' } }, token);
    expect(codes(r)).toEqual(['WEAK_PASSWORD']);
    expect(r.errors?.[0]?.extensions?.reason).toBe('BLANK');
    const ideographic = await app.run(ChangePassword, { input: { currentPassword: 'demo', newPassword: '\u3000'.repeat(10) } }, token);
    expect(ideographic.errors?.[0]?.extensions?.reason).toBe('BLANK');
  });

  it('is throttled per account like sign-in, and every wrong current password is audited', async () => {
    const token = await app.login('organs.secretary');
    const account = await app.db.prisma.userAccount.findUniqueOrThrow({ where: { username: 'organs.secretary' } });
    app.setNow(new Date('2027-04-01T02:00:00Z'));
    const answers: unknown[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await app.run(ChangePassword, { input: { currentPassword: `guess-${i}`, newPassword: 'a-new-password-1' } }, token);
      answers.push(r.errors?.[0]?.extensions?.code);
    }
    expect(answers).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'RATE_LIMITED', 'RATE_LIMITED']);
    const limited = await app.run(ChangePassword, { input: { currentPassword: 'demo', newPassword: 'a-new-password-1' } }, token);
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.errors![0]!.extensions!.retryAfter).toBeGreaterThan(0);
    expect(await app.db.prisma.auditEvent.count({ where: { action: 'account.changePasswordRefused', entityId: account.id } })).toBe(5);
    // After the lock, the right password works.
    app.setNow(new Date('2027-04-01T02:10:00Z'));
    expect(codes(await app.run(ChangePassword, { input: { currentPassword: 'demo', newPassword: 'a-new-password-1' } }, token))).toEqual([]);
    app.setNow(new Date());
  });
});

// Keeps the print import used (documents are sent as text by the helpers).
void print;
