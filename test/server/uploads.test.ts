/**
 * Files sent ahead: `POST {base}/uploads` checks and keeps one file bound to
 * no case; a case references it (`{ name, size, type, upload }`) and claims it
 * in the same transaction. On PGlite and on PostgreSQL, through Node's http.
 */
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import { jpegBytes, withPayload, ZIP_HEAD } from '../support/pictures.js';
import { postJson, problemOf, STAFF, startServer, STORES, validRequest, type TestServer } from './helpers.js';

const staff = { Authorization: `Bearer ${STAFF}` };
const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

/** Sends one file ahead, as the widget does: a multipart body with one part named after its field. */
function upload(url: string, part: string, name: string, bytes: Uint8Array | string, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.append(part, new File([bytes as BlobPart], name), name);
  return fetch(`${url}/api/uploads`, { method: 'POST', body: form, headers });
}

async function uploaded(url: string, part = 'photos', name = 'gimbal.jpg', bytes: Uint8Array | string = jpegBytes()) {
  const response = await upload(url, part, name, bytes);
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()) as { upload: string; name: string; size: number; type: string };
}

/** A request whose photos (gimbal close-up) and proof of purchase are references. */
function withReferences(photos: { upload: string; name: string; size: number; type: string }[], proof?: { upload: string; name: string; size: number; type: string }) {
  const json = validRequest();
  json.malfunction.photos = { 'gimbal-close-up': photos };
  if (proof) json.malfunction.proofOfPurchase = proof;
  return json;
}

const errorsOf = async (response: Response) => (await problemOf(response, 422)).errors?.map((e) => [e.path, e.code]);

for (const kind of STORES) {
  describe(`files sent ahead (${kind.name})`, () => {
    let s: TestServer;
    before(async () => { s = await startServer({ store: kind.open() }); });

    it('accepts a photo: 201 with an unguessable id, its checked name, size and type', async () => {
      const answer = await uploaded(s.url);
      assert.match(answer.upload, /^rru_[A-Za-z0-9_-]{32}$/);
      assert.deepEqual({ ...answer, upload: undefined }, { upload: undefined, name: 'gimbal.jpg', size: jpegBytes().byteLength, type: 'image/jpeg' });
      assert.notEqual((await uploaded(s.url)).upload, answer.upload);
    });

    it('stores the case with the files it references, once, listed and served to staff as any file', async () => {
      const photo = await uploaded(s.url);
      const proof = await uploaded(s.url, 'proofOfPurchase', 'receipt.pdf', PDF);
      const response = await postJson(s.url, withReferences([photo], proof));
      assert.equal(response.status, 201, await response.clone().text());
      const { caseNumber } = await response.json();
      const stored = await (await fetch(`${s.url}/api/cases/${caseNumber}`, { headers: staff })).json();
      assert.deepEqual(stored.files.map((f: { part: string; path: string; name: string; type: string }) => [f.part, f.path, f.name, f.type]), [
        ['photos', 'malfunction.photos.gimbal-close-up.0', 'gimbal.jpg', 'image/jpeg'],
        ['proofOfPurchase', 'malfunction.proofOfPurchase', 'receipt.pdf', 'application/pdf'],
      ]);
      const file = await fetch(`${s.url}/api/cases/${caseNumber}/files/${stored.files[0].id}`, { headers: staff });
      assert.deepEqual(new Uint8Array(await file.arrayBuffer()), jpegBytes());
    });

    it('gives the same case for a retry with the same Idempotency-Key, and claims the upload once', async () => {
      const photo = await uploaded(s.url);
      const headers = { 'Idempotency-Key': crypto.randomUUID() };
      const first = await postJson(s.url, withReferences([photo]), headers);
      assert.equal(first.status, 201);
      const again = await postJson(s.url, withReferences([photo]), headers);
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      const { caseNumber } = await first.json();
      assert.equal((await again.json()).caseNumber, caseNumber);
      const stored = await (await fetch(`${s.url}/api/cases/${caseNumber}`, { headers: staff })).json();
      assert.equal(stored.files.length, 1);
      // Another request (another key) cannot take it.
      assert.deepEqual(await errorsOf(await postJson(s.url, withReferences([photo]), { 'Idempotency-Key': crypto.randomUUID() })),
        [['malfunction.photos.gimbal-close-up.0', 'upload_claimed']]);
    });

    it('refuses unknown ids, uploads of another field and descriptions of another file (422, nothing stored)', async () => {
      const cases = (await (await fetch(`${s.url}/api/cases?limit=500`, { headers: staff })).json()).cases.length;
      const photo = await uploaded(s.url);
      const proof = await uploaded(s.url, 'proofOfPurchase', 'receipt.pdf', PDF);
      const unknown = { ...photo, upload: `rru_${'A'.repeat(32)}` };
      assert.deepEqual(await errorsOf(await postJson(s.url, withReferences([photo, unknown]))), [['malfunction.photos.gimbal-close-up.1', 'upload_unknown']]);
      assert.deepEqual(await errorsOf(await postJson(s.url, withReferences([{ ...proof, name: 'receipt.jpg' }]))),
        [['malfunction.photos.gimbal-close-up.0', 'upload_wrong_field']]);
      assert.deepEqual(await errorsOf(await postJson(s.url, withReferences([{ ...photo, size: photo.size + 1 }]))), [['malfunction.photos.gimbal-close-up.0', 'invalid']]);
      assert.deepEqual(await errorsOf(await postJson(s.url, withReferences([{ ...photo, upload: 'not-an-id' }]))), [['malfunction.photos.gimbal-close-up.0.upload', 'upload_unknown']]);
      assert.equal((await (await fetch(`${s.url}/api/cases?limit=500`, { headers: staff })).json()).cases.length, cases);
      // None of those attempts took the photo: it is still there to be claimed.
      assert.equal((await postJson(s.url, withReferences([photo]))).status, 201);
    });
  });
}

describe('files sent ahead: checks, expiry and limits', () => {
  let s: TestServer;
  before(async () => { s = await startServer(); });

  it('refuses a polyglot at upload (422 file_content on the field) and keeps nothing', async () => {
    const before = (await readdir(s.filesDir)).length;
    const response = await upload(s.url, 'photos', 'photo.jpg', withPayload(jpegBytes(), ZIP_HEAD));
    assert.deepEqual(await errorsOf(response), [['malfunction.photos', 'file_content']]);
    assert.equal((await readdir(s.filesDir)).length, before);
  });

  it('refuses a file of a type the field does not take, a photo over its kind\'s size, and bodies that are not one file part', async () => {
    assert.deepEqual(await errorsOf(await upload(s.url, 'photos', 'receipt.pdf', PDF)), [['malfunction.photos', 'file_type']]);
    const small = await startServer({ config: { ...(await import('../../src/config/default-config.js')).defaultConfig, evidence: { limits: { totalBytes: 100 } } } as never });
    await problemOf(await upload(small.url, 'photos', 'big.jpg', jpegBytes(200)), 413);
    await problemOf(await upload(s.url, 'other', 'a.jpg', jpegBytes()), 400);
    await problemOf(await fetch(`${s.url}/api/uploads`, { method: 'POST', body: 'x', headers: { 'Content-Type': 'text/plain' } }), 415);
  });

  it('never serves a file before a case claims it: it is no case\'s file, and staff routes know no upload id', async () => {
    const photo = await uploaded(s.url);
    assert.equal((await postJson(s.url, withReferences([await uploaded(s.url)]))).status, 201);
    for (const path of [`uploads/${photo.upload}`, `uploads?id=${photo.upload}`]) {
      const response = await fetch(`${s.url}/api/${path}`, { headers: staff });
      assert.notEqual(response.status, 200);
      assert.doesNotMatch(await response.text(), /JFIF|\xff\xd8/);
    }
    const { cases } = await (await fetch(`${s.url}/api/cases?limit=500`, { headers: staff })).json();
    assert.ok(cases.length);
    for (const c of cases) {
      const stored = await (await fetch(`${s.url}/api/cases/${c.caseNumber}`, { headers: staff })).json();
      assert.ok(!JSON.stringify(stored).includes(photo.upload));
    }
  });

  it('refuses an expired upload and purges unclaimed uploads past their age, with their bytes', async () => {
    const short = await startServer({ uploads: { maxAgeMs: 1 } });
    const photo = await uploaded(short.url);
    assert.equal((await readdir(short.filesDir)).length, 1);
    await new Promise((resolve) => setTimeout(resolve, 5)); // past the 1 ms age on the database's clock
    assert.deepEqual(await errorsOf(await postJson(short.url, withReferences([photo]))), [['malfunction.photos.gimbal-close-up.0', 'upload_unknown']]);
    const purged = await short.handler.purge();
    assert.ok(purged.uploads >= 1);
    assert.deepEqual(await readdir(short.filesDir), []);
    assert.deepEqual(await errorsOf(await postJson(short.url, withReferences([photo]))), [['malfunction.photos.gimbal-close-up.0', 'upload_unknown']]);
  });

  it('answers 429 with Retry-After past a client\'s uploads per window', async () => {
    const limited = await startServer({ uploads: { limit: { max: 2, windowMs: 60_000 } } });
    await uploaded(limited.url);
    await uploaded(limited.url);
    const response = await upload(limited.url, 'photos', 'third.jpg', jpegBytes());
    const problem = await problemOf(response, 429);
    assert.equal(problem.type, 'urn:repair-request:problem:rate-limited');
    assert.ok(Number(response.headers.get('retry-after')) > 0);
  });

  it('answers a CORS preflight for an allowed origin, as on the case route', async () => {
    const cors = await startServer({ allowedOrigins: ['https://shop.example'] });
    const response = await fetch(`${cors.url}/api/uploads`, {
      method: 'OPTIONS', headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://shop.example');
  });
});
