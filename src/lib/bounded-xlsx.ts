import { promisify } from 'node:util';
import { crc32, deflateRaw, inflateRaw } from 'node:zlib';
import { DomainError } from '../errors.js';

/**
 * Unpacking an uploaded XLSX workbook within bounds, before exceljs sees it (issue 23).
 *
 * An XLSX file is a ZIP archive; exceljs inflates every part of it whole, in memory, and expands
 * some cell ranges cell by cell (data validations, merged cells, defined names). A 1.5 MB upload
 * can so inflate to gigabytes, or make exceljs walk billions of addresses. Here the archive's
 * central directory is read first, and:
 *
 * - only the parts a reader of cell values needs are kept (an allow-list: the workbook, its
 *   relationships, sheets, shared strings, styles, theme, document properties); media, drawings,
 *   embeddings, comments, tables and everything else are dropped **without being inflated**;
 * - each kept part is inflated on the thread pool (zlib, off the event loop) with an output cap, so
 *   a lying size header cannot make it produce more than the cap; the parts together have a cap;
 * - the inflated XML is counted: sheets, rows, cells, the highest column, shared strings, and the
 *   cells of every range exceljs would expand;
 * - sheets lose their data-validation and extension blocks (drop-down lists, which exceljs expands
 *   cell by cell and the import does not read).
 *
 * What passes is rebuilt as a new, smaller archive (kept parts copied compressed as they came,
 * changed sheets deflated again) for exceljs to load. Anything over a limit answers
 * WORKBOOK_TOO_LARGE naming the limit; a file that is not a plain ZIP archive (encrypted, ZIP64,
 * an unknown compression method, a broken directory) ORG_CHART_UNREADABLE.
 */
export const XLSX_LIMITS = {
  /** Entries in the archive's directory (a workbook from Excel has 10–40). */
  entries: 500,
  /** Inflated bytes of one kept part. */
  partBytes: 16 * 1024 * 1024,
  /** Inflated bytes of all kept parts together. */
  totalBytes: 40 * 1024 * 1024,
  /** Worksheets. */
  sheets: 32,
  /** Rows of one sheet (the import itself refuses more than its MAX_ROWS, 20,000, as a problem). */
  rowsPerSheet: 25_000,
  /** Cells of all sheets together. */
  cells: 500_000,
  /** The highest column a cell or column definition may name (column 200 is GR). */
  column: 200,
  /** Entries of the shared-string table. */
  sharedStrings: 500_000,
  /** Cells of all merged ranges and defined-name ranges together (exceljs expands each cell). */
  rangeCells: 100_000,
};

const inflate = promisify(inflateRaw) as (buffer: Uint8Array, options: { maxOutputLength: number }) => Promise<Buffer>;
const deflate = promisify(deflateRaw) as (buffer: Uint8Array) => Promise<Buffer>;

/** The parts a reader of cell values needs; everything else is dropped unread. */
const KEPT = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^docProps\/(core|app|custom)\.xml$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/worksheets\/sheet\d{1,4}\.xml$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/theme\/theme\d{1,3}\.xml$/,
];
const SHEET = /^xl\/worksheets\/sheet\d{1,4}\.xml$/;

const unreadable = (why: string) =>
  new DomainError('ORG_CHART_UNREADABLE', `无法读取该 Excel 工作簿 (the workbook cannot be read: ${why}; save it again as .xlsx)`);

export const tooLarge = (limit: keyof typeof XLSX_LIMITS, part?: string) =>
  new DomainError('WORKBOOK_TOO_LARGE', `工作簿超过限制：${limit} 最多 ${XLSX_LIMITS[limit]}${part ? `（${part}）` : ''} (the workbook exceeds a limit: ${limit} is at most ${XLSX_LIMITS[limit]}${part ? ` in ${part}` : ''})`, {
    limit, max: XLSX_LIMITS[limit], ...(part ? { part } : {}),
  });

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function readDirectory(bytes: Buffer): Entry[] {
  // The end-of-central-directory record: within the last 22 + 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw unreadable('no ZIP directory');
  const count = bytes.readUInt16LE(eocd + 10);
  const dirSize = bytes.readUInt32LE(eocd + 12);
  const dirOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw unreadable('ZIP64');
  if (count > XLSX_LIMITS.entries) throw tooLarge('entries');
  if (dirOffset + dirSize > eocd) throw unreadable('broken ZIP directory');
  const entries: Entry[] = [];
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || bytes.readUInt32LE(at) !== 0x02014b50) throw unreadable('broken ZIP directory');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const entry: Entry = {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength).replace(/^\/+/, ''),
    };
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's compressed bytes, located through its local header. */
function compressedData(bytes: Buffer, entry: Entry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) throw unreadable('broken ZIP entry');
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw unreadable('truncated ZIP entry');
  return bytes.subarray(start, end);
}

async function inflated(data: Buffer, entry: Entry, cap: number): Promise<Buffer> {
  if (entry.method === 0) {
    if (data.length > cap) throw data.length > XLSX_LIMITS.partBytes ? tooLarge('partBytes', entry.name) : tooLarge('totalBytes');
    return data;
  }
  if (entry.method !== 8) throw unreadable(`compression method ${entry.method}`);
  try {
    return await inflate(data, { maxOutputLength: cap });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw cap < XLSX_LIMITS.partBytes ? tooLarge('totalBytes') : tooLarge('partBytes', entry.name);
    }
    throw unreadable('corrupt ZIP entry');
  }
}

/** Occurrences of `needle` in `text` (a plain indexOf walk: linear, no regular-expression backtracking). */
function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

const columnNumber = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** Cells of a range such as `$A$1:$XFD$1048576`, `A:A` or `3:3`, as exceljs would expand it. */
function rangeCells(range: string): number {
  const m = /^\$?([A-Z]{1,3})?\$?(\d{1,7})?(?::\$?([A-Z]{1,3})?\$?(\d{1,7})?)?$/.exec(range.trim());
  if (!m) return 0;
  const [, c1, r1, c2, r2] = m;
  if (!c2 && !r2) return 1;
  const cols = c1 && c2 ? Math.abs(columnNumber(c2) - columnNumber(c1)) + 1 : 16_384;
  const rows = r1 && r2 ? Math.abs(Number(r2) - Number(r1)) + 1 : 1_048_576;
  return cols * rows;
}

/** Counts what exceljs would build from one sheet; throws past a limit. Returns its cells and expanded ranges. */
function measureSheet(xml: string, name: string): { cells: number; ranges: number } {
  const rows = occurrences(xml, '<row ') + occurrences(xml, '<row>');
  if (rows > XLSX_LIMITS.rowsPerSheet) throw tooLarge('rowsPerSheet', name);
  const cells = occurrences(xml, '<c ') + occurrences(xml, '<c>');
  for (const m of xml.matchAll(/<c\s[^>]*?\br="([A-Z]{1,7})\d+"/g)) {
    if (columnNumber(m[1]!) > XLSX_LIMITS.column) throw tooLarge('column', name);
  }
  for (const m of xml.matchAll(/<col\s[^>]*?\bmax="(\d+)"/g)) {
    if (Number(m[1]) > XLSX_LIMITS.column) throw tooLarge('column', name);
  }
  let ranges = 0;
  for (const m of xml.matchAll(/<mergeCell\s[^>]*?\bref="([^"]{1,64})"/g)) ranges += rangeCells(m[1]!);
  return { cells, ranges };
}

/** Defined names (print areas, named ranges): exceljs expands every cell of each. */
function definedNameCells(workbookXml: string): number {
  let cells = 0;
  for (const m of workbookXml.matchAll(/<definedName\b[^>]*>([^<]{0,2000})<\/definedName>/g)) {
    for (const ref of m[1]!.split(',')) cells += rangeCells(ref.replace(/^.*!/, ''));
  }
  return cells;
}

/** Drop-down lists and extensions: exceljs expands a validation's range cell by cell; the import never reads them. */
const stripSheet = (xml: string) =>
  xml.replace(/<dataValidations\b[\s\S]*?<\/dataValidations>/g, '').replace(/<extLst\b[\s\S]*?<\/extLst>/g, '');

interface Part { name: string; method: number; crc: number; data: Buffer; size: number }

function writeZip(parts: Part[]): Uint8Array {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(part.method, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.data.length, 20);
    central.writeUInt32LE(part.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, name, part.data);
    directory.push(central, name);
    offset += 30 + name.length + part.data.length;
  }
  const dirBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, dirBytes, end]));
}

/**
 * The workbook's archive within the limits, rebuilt with only the parts exceljs needs to read cell
 * values; throws WORKBOOK_TOO_LARGE or ORG_CHART_UNREADABLE. `bytes` is the upload as it came
 * (its own size limit is checked by the caller).
 */
export async function boundedXlsx(bytes: Uint8Array): Promise<Uint8Array> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== 0x04034b50) throw unreadable('not a ZIP archive');
  const entries = readDirectory(buffer);
  const names = new Set<string>();
  const parts: Part[] = [];
  let total = 0;
  let sheets = 0;
  let cells = 0;
  let ranges = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/') || !KEPT.some((re) => re.test(entry.name))) continue; // dropped unread
    if (names.has(entry.name)) throw unreadable(`part ${entry.name} appears twice`);
    names.add(entry.name);
    if (entry.flags & 0x1) throw unreadable('encrypted');
    if (SHEET.test(entry.name) && ++sheets > XLSX_LIMITS.sheets) throw tooLarge('sheets');
    const remaining = XLSX_LIMITS.totalBytes - total;
    if (entry.size > XLSX_LIMITS.partBytes) throw tooLarge('partBytes', entry.name);
    if (entry.size > remaining) throw tooLarge('totalBytes');
    const data = compressedData(buffer, entry);
    const content = await inflated(data, entry, Math.min(XLSX_LIMITS.partBytes, remaining));
    total += content.length;
    if (crc32(content) >>> 0 !== entry.crc >>> 0) throw unreadable(`checksum of ${entry.name}`);
    const xml = content.toString('utf8');
    if (SHEET.test(entry.name)) {
      const measured = measureSheet(xml, entry.name);
      cells += measured.cells;
      ranges += measured.ranges;
      if (cells > XLSX_LIMITS.cells) throw tooLarge('cells');
      const stripped = stripSheet(xml);
      if (stripped.length !== xml.length) {
        const plain = Buffer.from(stripped, 'utf8');
        parts.push({ name: entry.name, method: 8, crc: crc32(plain), data: await deflate(plain), size: plain.length });
        continue;
      }
    } else if (entry.name === 'xl/sharedStrings.xml') {
      if (occurrences(xml, '<si>') + occurrences(xml, '<si ') > XLSX_LIMITS.sharedStrings) throw tooLarge('sharedStrings');
    } else if (entry.name === 'xl/workbook.xml') {
      if (occurrences(xml, '<sheet ') > XLSX_LIMITS.sheets) throw tooLarge('sheets');
      ranges += definedNameCells(xml);
    }
    if (ranges > XLSX_LIMITS.rangeCells) throw tooLarge('rangeCells');
    parts.push({ name: entry.name, method: entry.method, crc: entry.crc, data, size: content.length });
  }
  if (ranges > XLSX_LIMITS.rangeCells) throw tooLarge('rangeCells');
  return writeZip(parts);
}
