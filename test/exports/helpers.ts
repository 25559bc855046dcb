import ExcelJS from 'exceljs';
import type { ExecutionResult } from 'graphql';
import { graphql } from '../gql/index.js';
import type { TestApp } from '../helpers.js';

export const RequestExport = graphql(`
  mutation RequestExport($input: RequestExportInput!) {
    requestExport(input: $input) { link { url expiresAt filename } }
  }
`);


/**
 * Downloads a link: the HTTP response, its body already read to the end, as a client that
 * downloads the file does. Since issue 23 a download holds a heavy-work slot (per account and per
 * bureau, src/lib/heavy-work.ts) until its stream ends or is cancelled; a response whose body were
 * left unread would keep its slot for the rest of the file and later downloads of the same account
 * would rightly answer RATE_LIMITED. Streaming itself is tested through openExport.
 */
export async function download(app: TestApp, url: string): Promise<Response> {
  const res = await app.yoga.fetch(`http://zeren.test${url}`);
  const body = await res.arrayBuffer();
  return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** The CSV of a response as header + records, after checking the BOM. */
export async function csvOf(res: Response): Promise<{ header: string[]; records: Record<string, string>[]; raw: string }> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) throw new Error('CSV without UTF-8 BOM');
  const raw = new TextDecoder().decode(bytes.slice(3));
  const [header = [], ...rows] = parseCsv(raw);
  return { header, raw, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

export async function workbookOf(res: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  return workbook;
}

export type { ExecutionResult };
