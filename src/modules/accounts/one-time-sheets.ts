import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { inForceSql } from '../../authz/in-force.js';
import ExcelJS from 'exceljs';
import type { Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, type Tx } from '../../db/transaction.js';
import { DomainError, notFound } from '../../errors.js';
import { formatDate } from '../../lib/dates.js';
import { recordAudit } from '../audit/service.js';
import { chinaWallClock, CONTENT_TYPES, type ExportDownload } from '../exports/format.js';
import { signExportLink, type ExportClaims } from '../exports/token.js';

/**
 * 一次性密码表: the one-time passwords an import or a reset hands out, as an XLSX the account that
 * made them downloads **once**, within ONE_TIME_PASSWORD_SHEET_TTL_SECONDS, through the export
 * download route (`GET /exports/<signed link>`: the same link signature, session check and heavy-work
 * slot as a ledger). What is stored meanwhile is the rows encrypted with AES-256-GCM under a key
 * derived from the server secret (JWT_SECRET), never the plaintext; the download wipes it in the
 * transaction that marks the sheet downloaded, and an expired sheet's ciphertext is wiped by the next
 * sheet made or downloaded (and refused at its download in any case). docs/accounts.md says why.
 */

/** How long a one-time password sheet can be downloaded: one place, documented in docs/accounts.md. */
export const ONE_TIME_PASSWORD_SHEET_TTL_SECONDS = 30 * 60;

/** The ledger code a sheet's download link carries (not a ledger of requestExport). */
export const ONE_TIME_PASSWORD_LEDGER = 'ONE_TIME_PASSWORDS';

/** The sheet's columns, in order. */
export const ONE_TIME_PASSWORD_HEADERS = ['姓名', '单位', '账号', '一次性密码', '有效期至'] as const;

/** A one-time password is valid until it is changed, which the first sign-in forces. */
export const ONE_TIME_PASSWORD_VALIDITY = '首次登录修改密码时';

export interface OneTimePasswordRow {
  name: string;
  unit: string;
  username: string;
  password: string;
}

/** The download handle an import or reset answers with. */
export interface OneTimePasswordSheetLink {
  id: string;
  url: string;
  expiresAt: Date;
  filename: string;
}

const sheetKey = (secret: Uint8Array) => createHmac('sha256', secret).update('zeren one-time password sheets v1').digest();

function seal(secret: Uint8Array, id: string, rows: readonly OneTimePasswordRow[]): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sheetKey(secret), iv);
  cipher.setAAD(Buffer.from(id)); // a ciphertext moved onto another sheet's row does not open
  const body = Buffer.concat([cipher.update(JSON.stringify(rows), 'utf8'), cipher.final()]);
  const out = new Uint8Array(new ArrayBuffer(12 + 16 + body.length));
  out.set(iv, 0);
  out.set(cipher.getAuthTag(), 12);
  out.set(body, 28);
  return out;
}

function unseal(secret: Uint8Array, id: string, sealed: Uint8Array): OneTimePasswordRow[] {
  const bytes = Buffer.from(sealed);
  const decipher = createDecipheriv('aes-256-gcm', sheetKey(secret), bytes.subarray(0, 12));
  decipher.setAAD(Buffer.from(id));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')) as OneTimePasswordRow[];
}

/** Wipes the ciphertext of sheets past their window (they are refused at download anyway). */
const wipeExpired = (tx: Tx, now: Date) =>
  tx.oneTimePasswordSheet.updateMany({ where: { sealed: { not: null }, expiresAt: { lte: now } }, data: { sealed: null } });

/**
 * Stores a sheet of one-time passwords for `viewer`, in the caller's transaction (it exists only if
 * the import or reset commits), and signs its download link for the viewer's session.
 */
export async function sealOneTimePasswords(
  tx: Tx, viewer: Viewer & { userId: string }, rows: readonly OneTimePasswordRow[],
  options: { secret: Uint8Array; sessionVersion: number; now: Date; tenantId: string | null },
): Promise<OneTimePasswordSheetLink> {
  const id = randomUUID();
  const { now, secret } = options;
  const expiresAt = new Date(Math.floor(now.getTime() / 1000) * 1000 + ONE_TIME_PASSWORD_SHEET_TTL_SECONDS * 1000);
  await wipeExpired(tx, now);
  await tx.oneTimePasswordSheet.create({
    data: { id, tenantId: options.tenantId, accountId: viewer.userId, rowCount: rows.length, sealed: seal(secret, id, rows), createdAt: now, expiresAt },
    select: { id: true },
  });
  const link = await signExportLink(secret, {
    exportId: id, userId: viewer.userId, sessionVersion: options.sessionVersion, ledger: ONE_TIME_PASSWORD_LEDGER, format: 'XLSX',
  }, now, ONE_TIME_PASSWORD_SHEET_TTL_SECONDS);
  return { id, url: `/exports/${link.token}`, expiresAt: link.expiresAt, filename: sheetFilename(now) };
}

const sheetFilename = (now: Date) => `一次性密码_${formatDate(chinaWallClock(now))}.xlsx`;

/**
 * Opens a sheet for its one download: only the account that made it (any other: NOT_FOUND, as a
 * missing sheet), not twice (ONE_TIME_PASSWORDS_DOWNLOADED, 410), not after its window
 * (EXPORT_LINK_EXPIRED, 410). Marking it downloaded and wiping its ciphertext commit before the
 * first byte is sent: a second request, even at the same moment, waits on the row lock and is refused.
 */
export async function openOneTimePasswordSheet(
  db: PrismaClient, viewer: Viewer & { userId: string }, claims: ExportClaims, secret: Uint8Array, now: Date,
): Promise<ExportDownload> {
  const rows = await inTransaction(db, async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "OneTimePasswordSheet" WHERE "id" = ${claims.exportId} AND "accountId" = ${viewer.userId} FOR UPDATE`;
    if (!locked.length) throw notFound('one-time password sheet');
    const sheet = await tx.oneTimePasswordSheet.findUniqueOrThrow({ where: { id: claims.exportId } });
    if (sheet.downloadedAt) throw new DomainError('ONE_TIME_PASSWORDS_DOWNLOADED');
    if (sheet.expiresAt <= now || !sheet.sealed) {
      await wipeExpired(tx, now); // committed: the refusal is thrown after the transaction
      return null;
    }
    const opened = unseal(secret, sheet.id, sheet.sealed);
    await tx.oneTimePasswordSheet.update({ where: { id: sheet.id }, data: { downloadedAt: now, sealed: null } });
    await wipeExpired(tx, now);
    await recordAudit(tx, viewer, {
      tenantId: sheet.tenantId, action: 'account.oneTimePasswordsDownload', entityType: 'OneTimePasswordSheet', entityId: sheet.id,
      after: { rowCount: sheet.rowCount, usernames: opened.map((r) => r.username) },
    });
    return opened;
  });
  if (!rows) throw new DomainError('EXPORT_LINK_EXPIRED', '一次性密码表已过下载期限，请重置密码以获取新密码 (the one-time password sheet expired; reset the passwords to get new ones)');
  const bytes = await oneTimePasswordWorkbook(rows, now);
  return {
    filename: sheetFilename(now),
    asciiFilename: `one-time-passwords_${formatDate(chinaWallClock(now))}.xlsx`,
    contentType: CONTENT_TYPES.XLSX,
    body: (async function* () { yield bytes; })(),
    counter: { rows: rows.length },
  };
}

/** The sheet: a title row, the Chinese headers, one row per account; every cell text. */
export async function oneTimePasswordWorkbook(rows: readonly OneTimePasswordRow[], now: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'zeren';
  const sheet = workbook.addWorksheet('一次性密码', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = [{ width: 12 }, { width: 36 }, { width: 20 }, { width: 18 }, { width: 20 }];
  const wall = chinaWallClock(now).toISOString();
  sheet.getCell(1, 1).value = `一次性密码（${wall.slice(0, 10)} ${wall.slice(11, 16)} 生成；仅此一份，请逐人分发后销毁；首次登录须修改密码）`;
  sheet.getCell(1, 1).font = { bold: true };
  sheet.mergeCells(1, 1, 1, ONE_TIME_PASSWORD_HEADERS.length);
  const header = sheet.addRow([...ONE_TIME_PASSWORD_HEADERS]);
  header.font = { bold: true };
  for (const r of rows) {
    const row = sheet.addRow([r.name, r.unit, r.username, r.password, ONE_TIME_PASSWORD_VALIDITY]);
    row.eachCell((cell) => { cell.numFmt = '@'; });
    row.getCell(4).font = { name: 'Consolas' };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The rows of a sheet for accounts, from the database: the person's name and the units of their
 * posts in force (or, without a person, the account's display name and its bureau or district).
 * One statement, however many accounts.
 */
export async function oneTimePasswordRows(
  tx: Tx, passwords: ReadonlyMap<string, string>, today: Date,
): Promise<OneTimePasswordRow[]> {
  if (!passwords.size) return [];
  const found = await tx.$queryRaw<{ username: string; name: string; units: string | null; owner: string | null }[]>`
    SELECT a."username", COALESCE(p."name", a."displayName") AS "name",
           (SELECT string_agg(u."name", '、' ORDER BY u."depth", u."sortOrder")
              FROM "Post" x JOIN "OrgUnit" u ON u."tenantId" = x."tenantId" AND u."id" = x."unitId"
             WHERE x."tenantId" = a."tenantId" AND x."personId" = a."personId"
               AND ${inForceSql('x', today)}) AS "units",
           COALESCE(t."name", d."name") AS "owner"
      FROM "UserAccount" a
      LEFT JOIN "Person" p ON p."tenantId" = a."tenantId" AND p."id" = a."personId"
      LEFT JOIN "Tenant" t ON t."id" = a."tenantId"
      LEFT JOIN "District" d ON d."id" = a."districtId"
     WHERE a."username" = ANY(${[...passwords.keys()]}::text[])
     ORDER BY a."username"`;
  return found.map((a) => ({ name: a.name, unit: a.units ?? a.owner ?? '', username: a.username, password: passwords.get(a.username)! }));
}
