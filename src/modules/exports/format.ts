import { CHINA_UTC_OFFSET_MS as CHINA_OFFSET_MS, formatDate } from '../../lib/dates.js';
import type { CellValue, ColumnType, ExportFormatCode } from './ledger.js';

/** An instant as wall-clock time in China, e.g. 2025-03-01 09:30:00. */
export function chinaDateTime(date: Date): string {
  return new Date(date.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** The same instant shifted so that a spreadsheet (which has no time zones) shows China time. */
export function chinaWallClock(date: Date): Date {
  return new Date(date.getTime() + CHINA_OFFSET_MS);
}

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, and the tab/CR tricks) gets a
 * leading apostrophe: an exported name like "=HYPERLINK(...)" stays text (OWASP CSV injection).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A cell as CSV text (before quoting). */
export function cellText(value: CellValue, type: ColumnType): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return type === 'datetime' ? chinaDateTime(value) : formatDate(value);
  if (type === 'decimal') return decimalText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return neutraliseFormula(value);
}

/** A decimal cell as exact text with two places: "87.50" stays "87.50" (never via a float). */
export function decimalText(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? value.toFixed(2) : '';
  if (!/^-?\d+(\.\d+)?$/.test(value)) throw new Error(`not a decimal: ${value}`);
  return value;
}

export interface ExportDownload {
  filename: string;
  /** The same name in ASCII, for clients that ignore RFC 5987. */
  asciiFilename: string;
  contentType: string;
  body: AsyncGenerator<Uint8Array>;
  /** Rows written so far (final once the body is consumed). */
  counter: { rows: number };
}

export const CONTENT_TYPES: Record<ExportFormatCode, string> = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
