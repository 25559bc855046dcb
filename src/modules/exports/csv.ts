import type { Ledger } from './ledger.js';
import { cellText } from './format.js';

const BOM = '\uFEFF';
const encoder = new TextEncoder();

/** RFC 4180: a field with a quote, comma or line break is quoted, and its quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A ledger as CSV: UTF-8 with a byte-order mark (so Excel opens Chinese text correctly), one header
 * row, CRLF line ends, one chunk per page of rows.
 */
export async function* csvChunks<Row>(
  ledger: Pick<Ledger<Row>, 'columns'>, pages: AsyncIterable<readonly Row[]>, counter: { rows: number },
): AsyncGenerator<Uint8Array> {
  const { columns } = ledger;
  yield encoder.encode(BOM + columns.map((c) => csvField(c.header)).join(',') + '\r\n');
  for await (const page of pages) {
    let text = '';
    for (const row of page) {
      text += columns.map((c) => csvField(cellText(c.value(row), c.type))).join(',') + '\r\n';
    }
    counter.rows += page.length;
    yield encoder.encode(text);
  }
}
