import { DomainError } from '../../errors.js';
import { assertCleanText } from '../../lib/validation.js';

/** Upload limits for evidence files (佐证材料). */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

interface AllowedType {
  mimeType: string;
  /** The file's first bytes must start with one of these. */
  magic: readonly (readonly number[])[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The allow-list, by file extension. The extension decides the type served on download; the
 * content must carry that type's signature, so a script renamed to .pdf is refused.
 * OFD (版式文档, GB/T 33190) is the Chinese government's fixed-layout format.
 */
export const ALLOWED_TYPES: Record<string, AllowedType> = {
  pdf: { mimeType: 'application/pdf', magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]] },
  ofd: { mimeType: 'application/ofd', magic: [ZIP] },
  png: { mimeType: 'image/png', magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  jpg: { mimeType: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  jpeg: { mimeType: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: [ZIP] },
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: [ZIP] },
  pptx: { mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', magic: [ZIP] },
  doc: { mimeType: 'application/msword', magic: [OLE2] },
  xls: { mimeType: 'application/vnd.ms-excel', magic: [OLE2] },
};

export interface CheckedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** A file name safe to store and to send back in Content-Disposition. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
}

/**
 * Checks an uploaded file against the limits: size first (without reading more than needed),
 * then extension and content signature. Every refusal is a typed error on the `file` field.
 */
export async function checkEvidenceFile(file: { name: string; size: number; type?: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<CheckedFile> {
  if (file.size > MAX_EVIDENCE_BYTES) {
    throw new DomainError('FILE_TOO_LARGE', `the file is ${file.size} bytes; the limit is ${MAX_EVIDENCE_BYTES} bytes (20 MiB)`, {
      field: 'file', limit: MAX_EVIDENCE_BYTES,
    });
  }
  if (file.size === 0) throw new DomainError('BAD_USER_INPUT', 'the file is empty', { field: 'file' });
  const fileName = cleanFileName(assertCleanText(file.name, 'file.name'));
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const allowed = extension ? ALLOWED_TYPES[extension] : undefined;
  const allowList = Object.keys(ALLOWED_TYPES).join(', ');
  if (!fileName || !allowed) {
    throw new DomainError('FILE_TYPE_REFUSED', `only ${allowList} files are accepted`, { field: 'file', allowed: Object.keys(ALLOWED_TYPES) });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) {
    throw new DomainError('FILE_TOO_LARGE', `the limit is ${MAX_EVIDENCE_BYTES} bytes (20 MiB)`, { field: 'file', limit: MAX_EVIDENCE_BYTES });
  }
  const matches = allowed.magic.some((sig) => sig.every((b, i) => bytes[i] === b));
  if (!matches) {
    throw new DomainError('FILE_TYPE_REFUSED', `the content is not a .${extension} file`, { field: 'file', allowed: Object.keys(ALLOWED_TYPES) });
  }
  return { fileName, mimeType: allowed.mimeType, bytes };
}
