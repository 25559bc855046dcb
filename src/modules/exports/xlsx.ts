import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ColumnType, Ledger } from './ledger.js';
import { chinaWallClock, decimalText } from './format.js';

const NUMBER_FORMATS: Partial<Record<ColumnType, string>> = {
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
  integer: '0',
  number: '#,##0.##',
  decimal: '0.00',
};
const DEFAULT_WIDTHS: Record<ColumnType, number> = { text: 20, date: 12, datetime: 20, number: 12, integer: 10, decimal: 10 };

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
const sheetName = (title: string) => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/**
 * A ledger as an XLSX workbook, written by exceljs's streaming WorkbookWriter: a title row naming
 * the unit and period, a header row of Chinese column names, typed date and number cells, the two
 * top rows frozen, and column widths from the ledger. Rows are committed page by page and the
 * producer waits while the reader is behind, so memory holds about a page, not the file.
 */
export async function* xlsxChunks<Row>(
  ledger: Pick<Ledger<Row>, 'columns' | 'title'>, pages: AsyncIterable<readonly Row[]>, counter: { rows: number }, titleRow: string,
): AsyncGenerator<Uint8Array> {
  const { columns } = ledger;
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  let stopped = false;
  const abort = new AbortController();

  const produce = async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    workbook.creator = 'zeren';
    const sheet = workbook.addWorksheet(sheetName(ledger.title), { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.columns = columns.map((c, i) => ({
      key: `c${i}`,
      width: c.width ?? DEFAULT_WIDTHS[c.type],
      style: NUMBER_FORMATS[c.type] ? { numFmt: NUMBER_FORMATS[c.type] } : {},
    }));
    const title = sheet.getRow(1);
    title.getCell(1).value = titleRow;
    title.getCell(1).style = { font: { bold: true, size: 14 }, alignment: { horizontal: 'center', vertical: 'middle' } };
    title.height = 24;
    sheet.mergeCells(1, 1, 1, columns.length);
    title.commit();
    const header = sheet.addRow(columns.map((c) => c.header));
    header.eachCell((cell) => {
      cell.style = {
        font: { bold: true },
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
        border: { bottom: { style: 'thin' } },
      };
    });
    header.commit();
    for await (const page of pages) {
      if (stopped) return;
      for (const row of page) {
        sheet.addRow(columns.map((c) => {
          const value = c.value(row);
          if (value === null || value === undefined) return null;
          // Strings stay strings (an XLSX string cell is never run as a formula).
          if (value instanceof Date) return c.type === 'datetime' ? chinaWallClock(value) : value;
          // A decimal is a number cell (shown with two places); its exact text is in the CSV.
          if (c.type === 'decimal') return Number(decimalText(value));
          return value;
        })).commit();
      }
      counter.rows += page.length;
      // Let the zip stream catch up, and wait while the reader is behind (bounded memory).
      await new Promise((resolve) => setImmediate(resolve));
      while (out.writableNeedDrain && !stopped) await once(out, 'drain', { signal: abort.signal });
    }
    sheet.commit();
    await workbook.commit();
  };

  const production = produce().catch((error: unknown) => {
    if (!stopped) out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  try {
    for await (const chunk of out) yield chunk as Uint8Array;
    await production;
  } finally {
    stopped = true;
    abort.abort();
    if (!out.destroyed) out.destroy();
  }
}
