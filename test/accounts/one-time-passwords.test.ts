import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ONE_TIME_PASSWORD_HEADERS, ONE_TIME_PASSWORD_LEDGER, ONE_TIME_PASSWORD_SHEET_TTL_SECONDS } from '../../src/modules/accounts/one-time-sheets.js';
import { signExportLink } from '../../src/modules/exports/token.js';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { download, upload } from '../plan/fixtures.js';
import { newBureau, validChart, workbookBytes } from '../orgchart/fixtures.js';

/**
 * One-time passwords downloadable once as an XLSX (issue 22 item 4): an import's or a reset's
 * passwords come with a download handle on the export route; the sheet opens once, for the account
 * that made it, within ONE_TIME_PASSWORD_SHEET_TTL_SECONDS, and keeps no plaintext.
 */

const ImportWithSheet = graphql(`
  mutation OtpImport($input: ImportOrgChartInput!) {
    importOrgChart(input: $input) {
      applied errors { code message }
      accounts { username temporaryPassword }
      oneTimePasswords { id url expiresAt filename }
    }
  }
`);
const ResetWithSheet = graphql(`
  mutation OtpReset($input: ResetPasswordInput!) {
    resetPassword(input: $input) { temporaryPassword oneTimePasswords { id url expiresAt filename } }
  }
`);
const Viewer = graphql(`query OtpViewer { viewer { username } }`);

let app: TestApp;
const start = new Date('2026-11-30T04:00:00Z');
beforeAll(async () => {
  app = await createTestApp({ seed: true });
  app.setNow(start);
});
afterAll(() => app?.close());

async function sheetRows(res: Response) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const sheet = book.getWorksheet('一次性密码')!;
  const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
  expect(values(2)).toEqual([...ONE_TIME_PASSWORD_HEADERS]);
  const rows: string[][] = [];
  for (let r = 3; r <= sheet.rowCount; r++) rows.push(values(r));
  return { title: values(1)[0]!, rows };
}

const errorOf = async (res: Response) => ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code;

describe('one-time password sheets', () => {
  let bureau: Awaited<ReturnType<typeof newBureau>>;
  let imported: { accounts: { username: string; temporaryPassword: string | null }[]; oneTimePasswords: { id: string; url: string; expiresAt: string } | null };

  beforeAll(async () => {
    bureau = await newBureau(app, 'OTP');
    const bytes = await workbookBytes(validChart('OTP', '.otp'));
    const dry = await upload(app, bureau.token, ImportWithSheet, { dryRun: true }, { name: 'o.xlsx', bytes });
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importOrgChart.oneTimePasswords).toBeNull(); // a dry run makes no passwords, so no sheet
    const real = await upload(app, bureau.token, ImportWithSheet, { dryRun: false }, { name: 'o.xlsx', bytes });
    expect(real.errors).toBeUndefined();
    expect(real.data!.importOrgChart.applied).toBe(true);
    imported = real.data!.importOrgChart as typeof imported;
  });

  it('answers a handle on the export route that expires within the window, and stores no plaintext', async () => {
    const sheet = imported.oneTimePasswords!;
    expect(sheet.url).toMatch(/^\/exports\//);
    expect(new Date(sheet.expiresAt).getTime() - start.getTime()).toBe(ONE_TIME_PASSWORD_SHEET_TTL_SECONDS * 1000);
    const row = await app.db.prisma.oneTimePasswordSheet.findUniqueOrThrow({ where: { id: sheet.id } });
    expect(row.rowCount).toBe(2);
    const stored = Buffer.from(row.sealed!).toString('latin1');
    for (const a of imported.accounts) expect(stored).not.toContain(a.temporaryPassword!);
    // Nor does the audit trail carry a password.
    const audit = JSON.stringify(await app.db.prisma.auditEvent.findMany({ where: { tenantId: bureau.tenantId }, select: { before: true, after: true } }));
    for (const a of imported.accounts) expect(audit).not.toContain(a.temporaryPassword!);
  });

  it('refuses another account, as a missing sheet, whether by its token or by a link signed for it', async () => {
    const url = imported.oneTimePasswords!.url;
    const other = await app.login('secretary', 'demo');
    const byToken = await download(app, url, other);
    expect(byToken.status).toBe(404);
    expect(await errorOf(byToken)).toBe('NOT_FOUND');
    // A link for the demo secretary's own session naming this sheet's id: the database binds the sheet to its maker.
    const secretary = await app.db.prisma.userAccount.findUniqueOrThrow({ where: { username: 'secretary' } });
    const forged = await signExportLink(app.services.tokens.signingKey, {
      exportId: imported.oneTimePasswords!.id, userId: secretary.id, sessionVersion: secretary.sessionVersion, ledger: ONE_TIME_PASSWORD_LEDGER, format: 'XLSX',
    }, start, 600);
    const byLink = await download(app, `/exports/${forged.token}`);
    expect(byLink.status).toBe(404);
    expect(await errorOf(byLink)).toBe('NOT_FOUND');
  });

  it('downloads once: the rows in Chinese with the passwords that sign in; then 410 and nothing stored', async () => {
    const url = imported.oneTimePasswords!.url;
    const first = await download(app, url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toContain('spreadsheetml');
    expect(first.headers.get('content-disposition')).toContain(encodeURIComponent('一次性密码'));
    const { title, rows } = await sheetRows(first);
    expect(title).toContain('一次性密码');
    const root = '中共盐城市大丰区OTP委员会';
    expect(rows).toEqual([
      ['陈立新', root, 'chen.lixin.otp', imported.accounts.find((a) => a.username === 'chen.lixin.otp')!.temporaryPassword!, '首次登录修改密码时'],
      ['张海燕', '局机关党委', 'zhang.haiyan.otp', imported.accounts.find((a) => a.username === 'zhang.haiyan.otp')!.temporaryPassword!, '首次登录修改密码时'],
    ]);
    // The sheet's password is the account's.
    expect((await app.services.db.prisma.userAccount.count({ where: { username: 'chen.lixin.otp', mustChangePassword: true } }))).toBe(1);
    await app.login('chen.lixin.otp', rows[0]![3]);

    const second = await download(app, url);
    expect(second.status).toBe(410);
    expect(await errorOf(second)).toBe('ONE_TIME_PASSWORDS_DOWNLOADED');
    const row = await app.db.prisma.oneTimePasswordSheet.findUniqueOrThrow({ where: { id: imported.oneTimePasswords!.id } });
    expect(row.sealed).toBeNull();
    expect(row.downloadedAt).not.toBeNull();
    const events = await app.db.prisma.auditEvent.findMany({ where: { action: 'account.oneTimePasswordsDownload', entityId: row.id } });
    expect(events).toHaveLength(1);
  });

  it('a reset answers a sheet too; after the window it is refused (410) and its ciphertext wiped', async () => {
    const reset = (await app.ok(ResetWithSheet, { input: { username: 'zhang.haiyan.otp' } }, bureau.token)).resetPassword;
    const sheet = reset.oneTimePasswords!;
    expect(new Date(sheet.expiresAt).getTime() - start.getTime()).toBe(ONE_TIME_PASSWORD_SHEET_TTL_SECONDS * 1000);
    app.setNow(new Date(start.getTime() + ONE_TIME_PASSWORD_SHEET_TTL_SECONDS * 1000 + 1000));
    try {
      const late = await download(app, sheet.url);
      expect(late.status).toBe(410);
      expect(await errorOf(late)).toBe('EXPORT_LINK_EXPIRED');
      // The next sheet made wipes every expired one.
      const next = (await app.ok(ResetWithSheet, { input: { username: 'chen.lixin.otp' } }, bureau.token)).resetPassword;
      expect((await app.db.prisma.oneTimePasswordSheet.findUniqueOrThrow({ where: { id: sheet.id } })).sealed).toBeNull();
      // Within its own window the new one opens, with the reset's password.
      const res = await download(app, next.oneTimePasswords!.url);
      expect(res.status).toBe(200);
      const { rows } = await sheetRows(res);
      expect(rows).toEqual([['陈立新', '中共盐城市大丰区OTP委员会', 'chen.lixin.otp', next.temporaryPassword, '首次登录修改密码时']]);
    } finally {
      app.setNow(start);
    }
  });

  it('a district administrator\'s reset of a bureau administrator gives a sheet naming the bureau', async () => {
    const district = await app.login('district.admin', 'demo');
    const reset = (await app.ok(ResetWithSheet, { input: { username: 'zrzy.admin' } }, district)).resetPassword;
    const res = await download(app, reset.oneTimePasswords!.url);
    expect(res.status).toBe(200);
    const { rows } = await sheetRows(res);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(2, 4)).toEqual(['zrzy.admin', reset.temporaryPassword]);
    expect(rows[0]![1]).toContain('自然资源和规划局');
    // The bureau administrator can sign in with it (and nothing else: a one-time password).
    const token = await app.login('zrzy.admin', reset.temporaryPassword);
    expect((await app.run(Viewer, {}, token)).errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});
