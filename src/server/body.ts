/**
 * Reading a request body as it streams in, never whole in memory: JSON up to
 * a limit, or multipart/form-data through busboy with limits per part, per
 * file and per body, each file written to the file store as it arrives. A body
 * that stalls longer than `idleMs` is a `408`.
 */
import Busboy from '@fastify/busboy';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { HttpProblem } from './http.js';
import type { FileStore } from './store/types.js';

export interface BodyLimits {
  /** Largest JSON body, or JSON part (bytes). */
  json: number;
  /** Largest file (bytes). */
  file: number;
  /** Largest body in all (bytes). */
  body: number;
  /** Longest wait for the next bytes of a body (ms). */
  idleMs: number;
}

/** A file as received: where it is stored, its size, hash and first bytes (for the type check). */
export interface ReceivedFile {
  part: string;
  filename: string | undefined;
  declaredType: string | undefined;
  storageKey: string;
  path: string | undefined;
  size: number;
  sha256: string;
  head: Uint8Array;
}

const HEAD_BYTES = 4096;
const tooLarge = (what: string, max: number) => new HttpProblem(413, `${what} is larger than ${max} bytes.`);
const stalled = (idleMs: number) => new HttpProblem(408, `The request body stopped arriving for ${idleMs / 1000} s.`, { close: true });

/** The body's chunks, each wait bounded by `idleMs`, the total by `max`. */
async function* chunksOf(body: ReadableStream<Uint8Array> | null, { max, idleMs, what }: { max: number; idleMs: number; what: string }) {
  if (!body) return;
  const reader = body.getReader();
  let size = 0;
  let timer: NodeJS.Timeout | undefined;
  try {
    for (;;) {
      const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(stalled(idleMs)), idleMs); });
      const { done, value } = await Promise.race([reader.read(), timeout]);
      clearTimeout(timer);
      if (done) return;
      size += value.byteLength;
      if (size > max) throw tooLarge(what, max);
      yield value;
    }
  } finally {
    clearTimeout(timer);
    reader.releaseLock();
  }
}

/** The whole JSON body (up to `limits.json`). */
export async function readJsonBody(request: Request, limits: BodyLimits): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > limits.json) throw tooLarge('The request body', limits.json);
  const chunks: Uint8Array[] = [];
  for await (const chunk of chunksOf(request.body, { max: limits.json, idleMs: limits.idleMs, what: 'The request body' })) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Which parts a multipart body may have. */
export interface MultipartParts {
  /** The JSON part, exactly once. */
  jsonPart: string;
  /** The names file parts may have (each name may repeat), with the largest file each may hold (bytes). */
  fileParts: Readonly<Record<string, number>>;
  /** The most file parts in all. */
  maxFiles: number;
}

/**
 * The JSON part (`jsonPart`) and the file parts (`fileParts`, up to
 * `maxFiles` in all, in the order they came) of a multipart body; the files
 * are in the file store when this resolves. Any other part is a 400; on
 * failure the stored files are removed.
 */
export async function readMultipartBody(
  request: Request, contentType: string, limits: BodyLimits, files: FileStore, { jsonPart, fileParts, maxFiles }: MultipartParts,
): Promise<{ json: Uint8Array | undefined; files: ReceivedFile[] }> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > limits.body) throw tooLarge('The request body', limits.body);
  const parser = new Busboy({
    headers: { 'content-type': contentType },
    limits: { fields: 1, files: maxFiles, parts: maxFiles + 1, fieldSize: limits.json, fileSize: limits.file, headerPairs: 20 },
  });
  const expected = [jsonPart, ...Object.keys(fileParts)].map((p) => `"${p}"`).join(', ');
  let json: Uint8Array | undefined;
  const received: (ReceivedFile | undefined)[] = [];
  let failure: unknown;
  const writes: Promise<void>[] = [];
  const streams: Readable[] = [];
  const fail = (error: unknown) => { failure ??= error; };

  parser.on('field', (name, value, nameTruncated, valueTruncated) => {
    if (name !== jsonPart) return fail(new HttpProblem(400, `Unknown multipart part "${name}"; expected ${expected}.`));
    if (valueTruncated || nameTruncated) return fail(tooLarge(`The "${jsonPart}" part`, limits.json));
    json = Buffer.from(value, 'utf8');
  });
  parser.on('file', (name, stream, filename, _encoding, mimeType) => {
    if (!Object.hasOwn(fileParts, name)) {
      stream.resume();
      return fail(new HttpProblem(400, `Unknown multipart part "${name}"; expected ${expected}.`));
    }
    streams.push(stream);
    const at = received.push(undefined) - 1;
    writes.push(storeFile(stream, files, Math.min(limits.file, fileParts[name]!)).then((stored) => {
      received[at] = { ...stored, part: name, filename, declaredType: mimeType };
    }, fail));
  });
  parser.on('partsLimit', () => fail(new HttpProblem(400, `The multipart body has more than ${maxFiles + 1} parts.`)));
  parser.on('filesLimit', () => fail(new HttpProblem(400, `The multipart body has more than ${maxFiles} file parts.`)));
  parser.on('fieldsLimit', () => fail(new HttpProblem(400, `The multipart body has more than one "${jsonPart}" part.`)));

  const finished = new Promise<void>((resolve, reject) => {
    parser.once('finish', resolve);
    parser.once('error', (error: Error) => reject(new HttpProblem(400, `The multipart body is malformed: ${error.message}`)));
  });
  finished.catch(() => {});
  try {
    for await (const chunk of chunksOf(request.body, { max: limits.body, idleMs: limits.idleMs, what: 'The request body' })) {
      if (failure) break;
      if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
    }
    if (!failure) {
      parser.end();
      await finished;
    }
  } catch (error) {
    fail(error);
  }
  if (!failure) await Promise.all(writes);
  const stored = received.filter((f): f is ReceivedFile => !!f);
  if (failure) {
    parser.destroy();
    for (const stream of streams) stream.on('error', () => {}).destroy(new Error('The request failed.'));
    await Promise.allSettled(writes);
    await Promise.all(received.filter((f): f is ReceivedFile => !!f).map((f) => files.remove(f.storageKey)));
    throw failure;
  }
  return { json, files: stored };
}

/** Writes a part's stream to the file store, hashing it and keeping its first bytes. */
async function storeFile(stream: Readable & { truncated?: boolean }, files: FileStore, maxBytes: number) {
  const target = await files.create();
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headSize = 0;
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      // Over its part's limit: read the rest without keeping it (as busboy does at its own limit), then refuse.
      if (size > maxBytes) continue;
      hash.update(chunk);
      if (headSize < HEAD_BYTES) {
        head.push(chunk.subarray(0, HEAD_BYTES - headSize));
        headSize += Math.min(chunk.length, HEAD_BYTES - headSize);
      }
      if (!target.stream.write(chunk)) await new Promise((resolve) => target.stream.once('drain', resolve));
    }
    await new Promise<void>((resolve, reject) => {
      target.stream.once('error', reject);
      target.stream.end(() => resolve());
    });
    if (stream.truncated || size > maxBytes) throw tooLarge('The file', maxBytes);
    return { storageKey: target.key, path: target.path, size, sha256: hash.digest('hex'), head: new Uint8Array(Buffer.concat(head)) };
  } catch (error) {
    (target.stream as NodeJS.WritableStream & { destroy?: () => void }).destroy?.();
    await files.remove(target.key);
    throw error;
  }
}
