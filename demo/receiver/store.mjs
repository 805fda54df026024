// Durable storage of the receiver: append-only JSON Lines files (one record
// per line, one write call per record, fsync before the answer) and files in
// their own folders; the in-memory index is rebuilt from the log at startup.
import { randomInt } from 'node:crypto';
import { mkdir, open, readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const code = (length) => Array.from({ length }, () => LETTERS[randomInt(0, LETTERS.length)]).join('');

/** A case number in the guide's format: CAS-, seven digits, a dash, six letters or digits. */
export const newCaseNumber = () => `CAS-${String(randomInt(0, 10_000_000)).padStart(7, '0')}-${code(6)}`;
const newMessageId = () => `MSG-${String(randomInt(0, 10_000_000)).padStart(7, '0')}-${code(6)}`;

/** Flushes a directory entry (a new file or folder) to disk; not every platform can. */
async function syncDirectory(path) {
  let handle;
  try {
    handle = await open(path, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a directory; its file system journals the entry itself.
  } finally {
    await handle?.close();
  }
}

/** Appends one line with a single write, then fsyncs; a failed append is rolled back. */
async function appendLine(path, line) {
  const data = Buffer.from(line);
  const handle = await open(path, 'a', 0o600);
  let before = 0;
  try {
    before = (await handle.stat()).size;
    const { bytesWritten } = await handle.write(data, 0, data.length);
    if (bytesWritten !== data.length) throw new Error(`Short write to ${path}: ${bytesWritten} of ${data.length} bytes.`);
    await handle.sync();
  } catch (error) {
    await handle.truncate(before).catch(() => {});
    throw error;
  } finally {
    await handle.close();
  }
}

/** Writes a new file (never over an existing one) and fsyncs it. */
async function writeNewFile(path, data) {
  const handle = await open(path, 'wx', 0o600);
  try {
    let offset = 0;
    while (offset < data.length) offset += (await handle.write(data, offset, data.length - offset)).bytesWritten;
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The records of a log. A last line without its line break was being written
 * when the process stopped: it was never acknowledged, so it is cut off.
 */
async function readLog(path) {
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
  const complete = text.lastIndexOf('\n') + 1;
  if (complete < text.length) {
    console.warn(`[receiver] ${path}: removing an incomplete last record (${text.length - complete} bytes).`);
    await truncate(path, Buffer.byteLength(text.slice(0, complete)));
  }
  const records = [];
  for (const [index, line] of text.slice(0, complete).split('\n').entries()) {
    if (!line.trim()) continue;
    try {
      records.push(JSON.parse(line));
    } catch {
      console.warn(`[receiver] ${path}:${index + 1}: skipping an unreadable record.`);
    }
  }
  return records;
}

export async function openStore(dataDir) {
  const casesLog = join(dataDir, 'cases.jsonl');
  const contactLog = join(dataDir, 'contact.jsonl');
  const filesDir = join(dataDir, 'files');
  await mkdir(filesDir, { recursive: true });
  await syncDirectory(dataDir);

  const cases = new Map(); // caseNumber → record
  const byKey = new Map(); // Idempotency-Key → record
  const reserved = new Set();
  for (const record of await readLog(casesLog)) {
    cases.set(record.caseNumber, record);
    if (record.idempotencyKey) byKey.set(record.idempotencyKey, record);
  }
  const messageIds = new Set((await readLog(contactLog)).map((record) => record.id));

  /** Appends run one after the other, so records never interleave. */
  let appending = Promise.resolve();
  const append = (path, record) => {
    const run = appending.then(() => appendLine(path, `${JSON.stringify(record)}\n`));
    appending = run.catch(() => {});
    return run;
  };

  /** Work on one idempotency key runs one at a time: concurrent duplicates see the first one's case. */
  const locks = new Map();
  async function withKey(key, fn) {
    const previous = locks.get(key) ?? Promise.resolve();
    let release;
    const current = new Promise((resolve) => { release = resolve; });
    const tail = previous.then(() => current);
    locks.set(key, tail);
    await previous;
    try {
      return await fn();
    } finally {
      release();
      if (locks.get(key) === tail) locks.delete(key);
    }
  }

  const uniqueNumber = (make, taken) => {
    for (;;) {
      const value = make();
      if (!taken(value) && !reserved.has(value)) {
        reserved.add(value);
        return value;
      }
    }
  };

  /** Writes the files in `files/<id>/`; the record, appended last, is what makes them part of a case. */
  async function saveFiles(id, files) {
    if (!files.length) return [];
    const dir = join(filesDir, id);
    await mkdir(dir);
    const saved = [];
    for (const file of files) {
      await writeNewFile(join(dir, file.storedName), file.data);
      const { data: _data, storedName, ...meta } = file;
      saved.push({ ...meta, storedAs: `files/${id}/${storedName}` });
    }
    await syncDirectory(dir);
    await syncDirectory(filesDir);
    return saved;
  }

  async function store(fields, files) {
    const caseNumber = uniqueNumber(newCaseNumber, (n) => cases.has(n));
    try {
      const record = { caseNumber, receivedAt: new Date().toISOString(), ...fields, files: await saveFiles(caseNumber, files) };
      await append(casesLog, record);
      cases.set(caseNumber, record);
      if (record.idempotencyKey) byKey.set(record.idempotencyKey, record);
      return record;
    } finally {
      reserved.delete(caseNumber);
    }
  }

  return {
    /**
     * Stores a case, once per idempotency key: `created`, `replayed` (the
     * same key and the same request: the stored case) or `conflict` (the same
     * key with another request).
     */
    async createCase({ idempotencyKey, fingerprint, request }, files = []) {
      if (!idempotencyKey) return { outcome: 'created', record: await store({ fingerprint, request }, files) };
      return withKey(idempotencyKey, async () => {
        const existing = byKey.get(idempotencyKey);
        if (existing) return { outcome: existing.fingerprint === fingerprint ? 'replayed' : 'conflict', record: existing };
        return { outcome: 'created', record: await store({ idempotencyKey, fingerprint, request }, files) };
      });
    },

    async createMessage(message, files = []) {
      const id = uniqueNumber(newMessageId, (n) => messageIds.has(n));
      try {
        const record = { id, receivedAt: new Date().toISOString(), message, files: await saveFiles(id, files) };
        await append(contactLog, record);
        messageIds.add(id);
        return record;
      } finally {
        reserved.delete(id);
      }
    },

    cases: () => [...cases.values()],
    contactCount: () => messageIds.size,
  };
}
