/**
 * What a received file really is, from its bytes (`file-type`), whatever its
 * name or the browser's guess says: the detected type must be the one its
 * extension promises, and an accepted one. On top, polyglots are refused:
 * HTML or script in the first bytes, an image that is text, a PNG without its
 * header chunk, a ZIP that is no Office document.
 */
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type';

/** The `file-type` extension each accepted extension must be detected as. */
const DETECTED_AS: Record<string, string> = {
  pdf: 'pdf', png: 'png', jpg: 'jpg', jpeg: 'jpg', gif: 'gif',
  webp: 'webp', docx: 'docx', xlsx: 'xlsx', pptx: 'pptx', doc: 'cfb', xls: 'cfb', ppt: 'cfb',
};

export const extensionOf = (name: string) => (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '');

/** What a browser would take for HTML or script, as it sniffs the first bytes. */
const MARKUP = /<\s*(!doctype|html|head|body|script|iframe|svg|object|embed|img|a\s|meta|style|link|title|div|form|\?xml)|javascript:|<!--/i;

/** Whether the bytes are all printable text (an image never is). */
const isText = (bytes: Uint8Array) => bytes.every((b) => b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b < 0x7f) || b >= 0x80);

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** Why a file's first bytes betray a polyglot, or undefined. */
export function polyglotReason(kind: string, head: Uint8Array): string | undefined {
  if (MARKUP.test(latin1(head))) return 'it holds HTML or script';
  if ((kind === 'png' || kind === 'jpg' || kind === 'gif' || kind === 'webp') && isText(head.subarray(0, 256))) return 'an image is never plain text';
  if (kind === 'png' && latin1(head.subarray(12, 16)) !== 'IHDR') return 'a PNG starts with its IHDR chunk';
  return undefined;
}

export interface FileCheck {
  ok: boolean;
  /** The detected MIME type, or `application/octet-stream`. */
  type: string;
  extension: string;
  /** Once accepted, what the content is, as `file-type` names it (the kind of `DETECTED_AS`: `jpg` for a `.jpeg` too). */
  kind?: string;
  /** Why it was refused, in English. */
  reason?: string;
  /** Why it was refused, as a code: a name not accepted (`file_type`), or content not what the name says (`file_content`). */
  code?: 'file_type' | 'file_content';
}

/**
 * Checks a stored file (by path when on disk, else by its first bytes)
 * against its name and the accepted extensions.
 */
export async function checkFile({ name, head, path }: { name: string; head: Uint8Array; path?: string | undefined }, accepted: readonly string[]): Promise<FileCheck> {
  const extension = extensionOf(name);
  const detected = path ? await fileTypeFromFile(path) : await fileTypeFromBuffer(head);
  const type = detected?.mime ?? 'application/octet-stream';
  if (!accepted.includes(extension) || !DETECTED_AS[extension]) {
    return { ok: false, type, extension, code: 'file_type', reason: `".${extension}" is not an accepted extension` };
  }
  if (detected?.ext !== DETECTED_AS[extension]) {
    return { ok: false, type, extension, code: 'file_content', reason: `it holds ${type} content, not what ".${extension}" promises` };
  }
  const polyglot = polyglotReason(detected.ext, head);
  return polyglot ? { ok: false, type, extension, code: 'file_content', reason: polyglot } : { ok: true, type, extension, kind: detected.ext };
}
