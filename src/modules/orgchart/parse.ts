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
    const merges = ((sheet as unknown as { model: { merges?: string[] } }).model.merges ?? []);
    for (const range of merges) {
      const row = Number(/\d+/.exec(range)?.[0] ?? 0) || null;
      problems.push(problem(name, row, null, 'MERGED_CELLS', `不能使用合并单元格（${range}），请每行填写完整 (merged cells ${range}: fill every row instead)`));
    }
    // Headers: found by name in row 1, in any order; other columns are ignored.
    const columnOf = new Map<string, number>();
    sheet.getRow(1).eachCell((cell, col) => {
      const header = textOf(shown(cell.value).value);
      if (header && !columnOf.has(header)) columnOf.set(header, col);
    });
    const missing = headers.filter((h) => !columnOf.has(h) && !OPTIONAL_COLUMNS.has(h));
    for (const h of missing) {
      problems.push(problem(name, 1, h, 'MISSING_COLUMN', `工作表“${name}”第1行缺少表头“${h}” (header ${h} is missing from row 1)`));
    }
    if (missing.length) continue;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
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
        const t = textOf(cell.value);
        text[h] = t;
        if (t) filled = true;
        if (DATE_COLUMNS.has(h) && cell.value !== null && t) {
          const v = cell.value;
          const date = v instanceof Date ? utcDate(v)
            : typeof v === 'number' ? fromSerial(v)
            : parseDate(t.replace(/[/.]/g, '-').replace(/-(\d)(?=-|$)/g, '-0$1'));
          if (!date) {
            problems.push(problem(name, rowNumber, h, 'BAD_DATE', `日期“${t}”无法识别，请填写日期或 YYYY-MM-DD (not a date)`));
            flawed.add(h);
          }
          dates[h] = date;
        }
      }
      if (filled) workbook[key].push({ sheet: name, row: rowNumber, text, dates, flawed });
    });
  }
  return { workbook, problems };
}
