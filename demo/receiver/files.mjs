// What a file really is, from its leading bytes, whatever its name or the
// browser's guess says; and a file name safe to write to disk.
import { createHash } from 'node:crypto';

const startsWith = (data, bytes, at = 0) => bytes.every((b, i) => data[at + i] === b);
const ascii = (s) => [...s].map((c) => c.charCodeAt(0));

/**
 * `{ kind, type }` from the content (`kind` undefined when unknown): PDF, PNG,
 * JPEG, GIF, Office Open XML (a ZIP holding word/, xl/ or ppt/) or an OLE2
 * compound file (the older .doc, .xls and .ppt).
 */
export function sniff(data) {
  // A PDF header may follow a little garbage; readers look in the first kilobyte.
  if (data.subarray(0, 1024).includes('%PDF-')) return { kind: 'pdf', type: 'application/pdf' };
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'png', type: 'image/png' };
  if (startsWith(data, [0xff, 0xd8, 0xff])) return { kind: 'jpeg', type: 'image/jpeg' };
  if (startsWith(data, ascii('GIF87a')) || startsWith(data, ascii('GIF89a'))) return { kind: 'gif', type: 'image/gif' };
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'ole2', type: 'application/x-ole-storage' };
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    // Entry names are stored uncompressed in the local headers and the central directory.
    if (!data.includes('[Content_Types].xml')) return { kind: undefined, type: 'application/zip' };
    if (data.includes('word/')) return { kind: 'docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
    if (data.includes('xl/')) return { kind: 'xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
    if (data.includes('ppt/')) return { kind: 'pptx', type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' };
    return { kind: undefined, type: 'application/zip' };
  }
  return { kind: undefined, type: 'application/octet-stream' };
}

/** Which content each accepted extension must have. */
const KIND_BY_EXTENSION = {
  pdf: 'pdf', png: 'png', jpg: 'jpeg', jpeg: 'jpeg', gif: 'gif',
  docx: 'docx', xlsx: 'xlsx', pptx: 'pptx', doc: 'ole2', xls: 'ole2', ppt: 'ole2',
};

export const extensionOf = (name) => (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '');

/**
 * Whether the content is what the name says, and an accepted type. An
 * extension the receiver cannot check by content is refused.
 */
export function contentMatchesName(data, name, acceptedExtensions) {
  const extension = extensionOf(name);
  const detected = sniff(data);
  const ok = acceptedExtensions.includes(extension) && !!detected.kind && KIND_BY_EXTENSION[extension] === detected.kind;
  return { ok, detected, extension };
}

/**
 * A file name that is safe anywhere: the last path segment, letters, digits,
 * dot, dash and underscore only, no leading dot, at most 100 characters, and
 * the verified extension.
 */
export function safeFileName(name, extension) {
  const base = String(name).split(/[\\/]/).pop().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const stem = base.slice(0, base.includes('.') ? base.lastIndexOf('.') : undefined)
    .replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._-]+/, '').replace(/_+/g, '_').slice(0, 80);
  return `${stem || 'file'}.${extension.replace(/[^a-z0-9]/g, '') || 'bin'}`;
}

export const sha256 = (data) => createHash('sha256').update(data).digest('hex');
