/** The store, the same on PGlite and on PostgreSQL. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { NewFile, RepairStore } from '../../src/server/index.js';
import { STORES } from './helpers.js';

const file = (storageKey: string): NewFile => ({
  part: 'proofOfPurchase', name: 'receipt.pdf', size: 10, type: 'application/pdf', sha256: 'ab'.repeat(32), storageKey,
});
const claim = (store: RepairStore, key: string, fingerprint = 'f1') => store.claimKey({ key, fingerprint, ttlMs: 86_400_000, staleMs: 120_000 });

for (const kind of STORES) {
  describe(`the store on ${kind.name}`, () => {
    let store: RepairStore;
    before(async () => { store = await kind.open(); });
    after(() => store?.close());

    it('stores a case with its files and a first "received" event', async () => {
      const { caseNumber } = await store.createCase({ request: { a: 1 }, email: 'Camille@Example.com', files: [file('k1')] });
      assert.match(caseNumber, /^CAS-\d{7}-[A-Z0-9]{6}$/);
      const stored = await store.getCase(caseNumber);
      assert.deepEqual(stored?.request, { a: 1 });
      assert.equal(stored?.email, 'camille@example.com');
      assert.deepEqual(stored?.files.map((f) => f.storageKey), ['k1']);
      assert.deepEqual(stored?.events.map((e) => e.status), ['received']);
    });

    it('runs its migrations once, also when opened again on the same database', async () => {
      const cases = await store.listCases();
      assert.ok(cases.length >= 1);
    });

    describe('idempotency keys', () => {
      it('claims a new key, then reports it in progress, then completed with its case', async () => {
        const key = crypto.randomUUID();
        assert.deepEqual(await claim(store, key), { state: 'claimed' });
        assert.deepEqual(await claim(store, key), { state: 'in_progress' });
        const { caseNumber } = await store.createCase({ request: {}, files: [], idempotencyKey: key });
        assert.deepEqual(await claim(store, key), { state: 'completed', caseNumber });
        assert.equal((await store.getCase(caseNumber))?.idempotencyKey, key);
      });

      it('reports another fingerprint on the same key as a mismatch', async () => {
        const key = crypto.randomUUID();
        await claim(store, key, 'one');
        assert.deepEqual(await claim(store, key, 'two'), { state: 'mismatch' });
      });

      it('gives one claim to twenty concurrent requests', async () => {
        const key = crypto.randomUUID();
        const claims = await Promise.all(Array.from({ length: 20 }, () => claim(store, key)));
        assert.equal(claims.filter((c) => c.state === 'claimed').length, 1);
      });

      it('frees a released key, an expired key and an abandoned claim', async () => {
        const released = crypto.randomUUID();
        await claim(store, released);
        await store.releaseKey(released);
        assert.deepEqual(await claim(store, released, 'other'), { state: 'claimed' });
        const expired = crypto.randomUUID();
        await store.claimKey({ key: expired, fingerprint: 'f', ttlMs: -1000, staleMs: 120_000 });
        assert.deepEqual(await claim(store, expired, 'other'), { state: 'claimed' });
        const abandoned = crypto.randomUUID();
        await claim(store, abandoned);
        assert.deepEqual(await store.claimKey({ key: abandoned, fingerprint: 'f1', ttlMs: 86_400_000, staleMs: -1000 }), { state: 'claimed' });
      });
    });

    describe('status events', () => {
      it('appends events in order; a closing status closes the case, which then takes none', async () => {
        const { caseNumber } = await store.createCase({ request: {}, files: [] });
        const arrived = await store.appendEvent(caseNumber, { status: 'parcel_received', note: 'Arrived in good condition', author: 'staff' });
        assert.equal(arrived.outcome, 'added');
        assert.equal((await store.appendEvent(caseNumber, { status: 'cancelled' })).outcome, 'added');
        const stored = await store.getCase(caseNumber);
        assert.deepEqual(stored?.events.map((e) => e.status), ['received', 'parcel_received', 'cancelled']);
        assert.equal(stored?.events[1]?.note, 'Arrived in good condition');
        assert.equal(stored?.events[1]?.author, 'staff');
        assert.ok(stored?.closedAt);
        assert.deepEqual(await store.appendEvent(caseNumber, { status: 'repair_in_progress' }), { outcome: 'closed' });
        assert.deepEqual((await store.getCase(caseNumber))?.events.map((e) => e.status), ['received', 'parcel_received', 'cancelled']);
        assert.deepEqual(await store.appendEvent('CAS-0000000-NOSUCH', { status: 'closed' }), { outcome: 'no-case' });
      });

      it('adds only a status that may follow the current one, and says which may', async () => {
        const { caseNumber } = await store.createCase({ request: {}, files: [] });
        assert.deepEqual(await store.appendEvent(caseNumber, { status: 'quote_waiting', data: { quote: {} } }),
          { outcome: 'not-allowed', status: 'received', next: ['label_available', 'parcel_received', 'refused', 'cancelled'] });
        assert.deepEqual(await store.appendEvent(caseNumber, { status: 'made_up' }), { outcome: 'not-allowed', status: 'received', next: ['label_available', 'parcel_received', 'refused', 'cancelled'] });
        assert.deepEqual((await store.getCase(caseNumber))?.events.map((e) => e.status), ['received']);
      });

      it('lists cases by their latest status', async () => {
        const { caseNumber } = await store.createCase({ request: {}, files: [] });
        await store.appendEvent(caseNumber, { status: 'refused' });
        const refused = await store.listCases({ status: 'refused', limit: 500 });
        assert.ok(refused.some((c) => c.caseNumber === caseNumber));
        assert.ok(refused.every((c) => c.status === 'refused'));
      });
    });

    describe('personal data', () => {
      it('finds, then erases, what is stored about one e-mail, keeping what it is told to', async () => {
        const email = `erase-${crypto.randomUUID()}@example.com`;
        const request = { device: { model: 'mavic-mini' }, address: { returnAddress: { recipient: 'Camille' } } };
        const { caseNumber } = await store.createCase({ request, email, files: [file(crypto.randomUUID())] });
        await store.createMessage({ message: { email, name: 'Camille' }, email, files: [file(crypto.randomUUID())] });
        const found = await store.findByEmail(email.toUpperCase());
        assert.equal(found.cases.length, 1);
        assert.equal(found.messages.length, 1);
        const erased = await store.eraseByEmail(email, ['device.model']);
        assert.deepEqual([erased.cases, erased.messages, erased.storageKeys.length], [1, 1, 2]);
        const kept = await store.getCase(caseNumber);
        assert.deepEqual(kept?.request, { device: { model: 'mavic-mini' } });
        assert.equal(kept?.email, undefined);
        assert.deepEqual(kept?.files, []);
        assert.ok(kept?.erasedAt);
        assert.deepEqual(await store.findByEmail(email), { cases: [], messages: [] });
      });

      it('purges closed cases and old messages, keeping open cases', async () => {
        const open = await store.createCase({ request: {}, files: [] });
        const closed = await store.createCase({ request: {}, files: [file(crypto.randomUUID())] });
        assert.equal((await store.appendEvent(closed.caseNumber, { status: 'cancelled' })).outcome, 'added');
        const result = await store.purge({ closedBefore: new Date(Date.now() + 60_000), messagesBefore: new Date(0) });
        assert.ok(result.cases >= 1);
        assert.equal(result.storageKeys.length >= 1, true);
        assert.equal(await store.getCase(closed.caseNumber), undefined);
        assert.ok(await store.getCase(open.caseNumber));
      });
    });
  });
}
