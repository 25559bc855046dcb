import ExcelJS from 'exceljs';
import { DomainError } from '../../errors.js';
import { formatDate, parseDate } from '../../lib/dates.js';
import { DATE_COLUMNS, OPTIONAL_COLUMNS, SHEETS, SHEET_KEYS, type OrgChartProblem, type SheetKey } from './sheets.js';

/**
 * Reads an org-chart workbook (XLSX) into plain rows, reporting every problem of the file itself:
 * missing sheets and headers, merged cells, formulas without a cached value, error cells, dates
 * that are neither date cells, Excel serial numbers nor `YYYY-MM-DD` text. Formulas are read by
 * their cached result (what Excel shows); merged cells are refused, because a merged range has a
 * value in one row only and silently copying it would guess.
 */

/** Larger than any real bureau's chart (2,000 units with teams is about 300 KB). */
export const MAX_WORKBOOK_BYTES = 5 * 1024 * 1024;
/** Rows per sheet; more is refused before any checking. */
export const MAX_ROWS = 20_000;

export interface SheetRow {
  sheet: string;
  /** The row number as Excel shows it. */
  row: number;
  /** Trimmed text by header. */
  text: Record<string, string>;
  /** Date cells (起始日期), read from a date cell, an Excel serial or YYYY-MM-DD text. */
  dates: Record<string, Date | undefined>;
  /** Columns whose cell already has a problem reported (no second problem is reported for it). */
  flawed: Set<string>;
}

export type ParsedWorkbook = Record<SheetKey, SheetRow[]>;

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const problem = (sheet: string | null, row: number | null, column: string | null, code: string, message: string): OrgChartProblem =>
  ({ sheet, row, column, code, message });

/** Refuses what is not an XLSX workbook at all, before exceljs spends memory on it. */
export function assertWorkbookBytes(bytes: Uint8Array) {
  if (bytes.byteLength > MAX_WORKBOOK_BYTES) {
    throw new DomainError('FILE_TOO_LARGE', `组织架构表不能超过 ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB (the org-chart workbook is at most ${MAX_WORKBOOK_BYTES} bytes)`);
  }
  // The old binary .xls (and .doc, .et) is an OLE2 compound file: D0 CF 11 E0 A1 B1 1A E1. Office
  // workers have many; say what to do rather than "not an Excel workbook".
  if (bytes.byteLength >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new DomainError('ORG_CHART_OLD_EXCEL_FORMAT');
  }
  // An XLSX file is a ZIP archive: it starts with PK\x03\x04.
  if (bytes.byteLength < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    throw new DomainError('ORG_CHART_UNREADABLE', '不是 Excel 工作簿（.xlsx）(the file is not an XLSX workbook)');
  }
}

function fromSerial(serial: number): Date | undefined {
  // Excel's serial 1 is 1900-01-01 and it counts a 29 February 1900 that never was: from serial 61
  // on, days since 1899-12-30 are right. Dates before March 1900 are no post's start date.
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return undefined;
  return new Date(EXCEL_EPOCH + Math.floor(serial) * 86_400_000);
}

const utcDate = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

type CellValue = ExcelJS.CellValue;

/** A cell's value as Excel shows it: formulas by their cached result, rich text joined. */
function shown(value: CellValue): { value: string | number | boolean | Date | null; error?: 'formula' | 'error' } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return { value };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: CellValue }).result;
      if (result === undefined || result === null) return { value: null, error: 'formula' };
      if (typeof result === 'object' && result !== null && 'error' in result) return { value: null, error: 'error' };
      return shown(result);
    }
    if ('richText' in value) return { value: value.richText.map((r) => r.text).join('') };
    if ('text' in value && typeof value.text === 'string') return { value: value.text };
    if ('error' in value) return { value: null, error: 'error' };
  }
  return { value: String(value) };
}

function textOf(v: string | number | boolean | Date | null): string {
  if (v === null) return '';
  if (v instanceof Date) return formatDate(utcDate(v));
  return String(v).replace(/[\u00a0\u3000]/g, ' ').trim();
}

/** Full-width letters, digits and punctuation (Ａ１（) as their ASCII forms; the ideographic space as a space. */
export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** A header as compared: half-width, without spaces, a required-mark `*` or a note in brackets. */
export function headerKey(text: string): string {
  return halfWidth(text).replace(/[(\[【〔][^)\]】〕]*[)\]】〕]/g, '').replace(/[\s*]/g, '');
}

const HEADER_SCAN_ROWS = 10;
function findHeaderRow(sheet: ExcelJS.Worksheet, headers: readonly string[]): number {
  let best = 1, bestCount = 0;
  for (let r = 1; r <= Math.min(HEADER_SCAN_ROWS, sheet.rowCount); r++) {
    const keys = new Set<string>();
    sheet.getRow(r).eachCell((cell) => keys.add(headerKey(textOf(shown(cell.value).value))));
    const count = headers.filter((h) => keys.has(h)).length;
    if (count > bestCount) { best = r; bestCount = count; }
    if (count === headers.length) break;
  }
  return best;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CODE_COLUMNS = new Set(['编码', '上级编码', '人员编码', '组织编码', '分管范围', '用户名']);

/**
 * What offices type, as the system compares it: codes half-width; a person's name without spaces
 * inside when it is Chinese (李　明 → 李明); line breaks inside a unit's name or a 职务 removed
 * (between Chinese characters) or made a space.
 */
function cleanText(header: string, text: string): string {
  if (CODE_COLUMNS.has(header)) return halfWidth(text).trim();
  if (header === '姓名') return CJK.test(text) ? text.replace(/\s+/g, '') : text.replace(/\s+/g, ' ');
  return text.replace(/\s*[\r\n]+\s*/g, (m, offset: number, all: string) =>
    CJK.test(all[offset - 1] ?? '') || CJK.test(all[offset + m.length] ?? '') ? '' : ' ');
}

/**
 * Dates as offices write them, year first: 2022-03-01, 2022-3-1, 2022/3/1, 2022.3.1, 2022年3月1日,
 * 20220301, in full-width digits too; 2022年3月 or 2022-03 (a month) is its first day. Anything else
 * — 3/1/2022 or 22.3.1, where day, month and year could be read two ways — is refused.
 */
export function dateOfText(text: string): Date | undefined {
  const t = halfWidth(text).replace(/\s+/g, '');
  const m = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月)?|(\d{2})(\d{2}))$/.exec(t)
    ?? /^(\d{4})[-/.年](\d{1,2})月?(?:(\d{1,2})日?)?$/.exec(t);
  if (!m) return undefined;
  const [, y, mo, d, mo8, d8] = m;
  const month = mo ?? mo8, day = d ?? d8 ?? '1';
  if (!month) return undefined;
  return parseDate(`${y}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
}

function struck(row: ExcelJS.Row, columnOf: ReadonlyMap<string, number>): boolean {
  if (row.font?.strike) return true;
  const cells = [...columnOf.values()].map((c) => row.getCell(c)).filter((c) => textOf(shown(c.value).value));
  return cells.length > 0 && cells.every((c) => c.font?.strike || (c.value as { richText?: { font?: { strike?: boolean } }[] })?.richText?.every((r) => r.font?.strike));
}

export async function parseWorkbook(bytes: Uint8Array): Promise<{ workbook: ParsedWorkbook; problems: OrgChartProblem[] }> {
  assertWorkbookBytes(bytes);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new DomainError('ORG_CHART_UNREADABLE', '无法读取该 Excel 工作簿 (the workbook cannot be read; save it again as .xlsx)');
  }
  const problems: OrgChartProblem[] = [];
  const workbook = Object.fromEntries(SHEET_KEYS.map((k) => [k, [] as SheetRow[]])) as ParsedWorkbook;
  for (const key of SHEET_KEYS) {
    const { name, headers } = SHEETS[key];
    const sheet = book.getWorksheet(name);
    if (!sheet) {
      problems.push(problem(name, null, null, 'MISSING_SHEET', `缺少工作表“${name}” (sheet ${name} is missing)`));
      continue;
    }
    if (sheet.rowCount > MAX_ROWS + 1) {
      problems.push(problem(name, null, null, 'TOO_MANY_ROWS', `工作表“${name}”超过 ${MAX_ROWS} 行 (more than ${MAX_ROWS} rows)`));
      continue;
    }
    // Headers: the first of the top rows that names most of the sheet's columns, so that title and
    // note rows above it (merged or not) are fine; found by name, in any order; other columns ignored.
    const headerRow = findHeaderRow(sheet, headers);
    const columnOf = new Map<string, number>();
    const found: string[] = [];
    sheet.getRow(headerRow).eachCell((cell, col) => {
      const raw = textOf(shown(cell.value).value);
      if (raw) found.push(raw);
      const header = headerKey(raw);
      if (header && !columnOf.has(header)) columnOf.set(header, col);
    });
    const merges = ((sheet as unknown as { model: { merges?: string[] } }).model.merges ?? []);
    for (const range of merges) {
      const row = Number(/\d+/.exec(range)?.[0] ?? 0) || null;
      if (row !== null && row < headerRow) continue;
      problems.push(problem(name, row, null, 'MERGED_CELLS', `不能使用合并单元格（${range}），请取消合并并在每行填写完整 (merged cells ${range}: unmerge and fill every row)`));
    }
    const missing = headers.filter((h) => !columnOf.has(h) && !OPTIONAL_COLUMNS.has(h));
    for (const h of missing) {
      problems.push(problem(name, headerRow, h, 'MISSING_COLUMN',
        `工作表“${name}”第${headerRow}行缺少表头“${h}”；该行现有：${found.length ? found.map((f) => `“${f}”`).join('、') : '（空）'}。请按模板填写表头 (header ${h} is missing from row ${headerRow}, which holds: ${found.join(', ') || 'nothing'})`));
    }
    if (missing.length) continue;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber <= headerRow) return;
      const text: Record<string, string> = {};
      const dates: Record<string, Date | undefined> = {};
      const flawed = new Set<string>();
      let filled = false;
      for (const h of headers) {
        const col = columnOf.get(h);
        const cell = col === undefined ? { value: null } as ReturnType<typeof shown> : shown(row.getCell(col).value);
        if (cell.error) {
          flawed.add(h);
          filled = true;
        }
        if (cell.error === 'formula') {
          problems.push(problem(name, rowNumber, h, 'FORMULA_WITHOUT_VALUE', `公式没有计算结果，请在 Excel 中重新计算后保存，或填写数值 (a formula without a cached result)`));
        } else if (cell.error === 'error') {
          problems.push(problem(name, rowNumber, h, 'CELL_ERROR', `单元格为错误值 (the cell holds an Excel error value)`));
        }
        const t = cleanText(h, textOf(cell.value));
        text[h] = t;
        if (t) filled = true;
        if (DATE_COLUMNS.has(h) && cell.value !== null && t) {
          const v = cell.value;
          const date = v instanceof Date ? utcDate(v)
            : typeof v === 'number' ? (/^\d{8}$/.test(String(v)) ? dateOfText(String(v)) : fromSerial(v))
            : dateOfText(t);
          if (!date) {
            problems.push(problem(name, rowNumber, h, 'BAD_DATE', `日期“${t}”无法识别：请写成 2022-03-01、2022年3月1日 或 2022/3/1（年份在前，四位） (not a date: write year first, e.g. 2022-03-01)`));
            flawed.add(h);
          }
          dates[h] = date;
        }
      }
      if (!filled) return;
      // Struck-through rows are the clerk's "deleted": skipped, with a warning. Hidden rows (a filter,
      // a tidy view) are imported, with a warning, so that a saved filter never ends posts silently.
      if (struck(row, columnOf)) {
        problems.push({ ...problem(name, rowNumber, null, 'ROW_STRUCK_THROUGH', '该行有删除线，未导入；如需导入请取消删除线 (a struck-through row: skipped)'), severity: 'warning' });
        return;
      }
      if (row.hidden) problems.push({ ...problem(name, rowNumber, null, 'ROW_HIDDEN', '该行被隐藏，已照常导入；如不应导入请删除该行 (a hidden row: imported as usual)'), severity: 'warning' });
      workbook[key].push({ sheet: name, row: rowNumber, text, dates, flawed });
    });
  }
  return { workbook, problems };
}
