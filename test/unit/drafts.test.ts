import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import type { StepId } from '../../src/schema/options.js';
import { DraftAutosave, type DraftState } from '../../src/submit/draft-autosave.js';
import {
  DRAFT_MAX_AGE_MS, DraftCodeUnavailableError, InvalidDraftError, draftStorageKey, guardedStore, isEmptyDraft,
  toPersist, webStorageDraftStore, withoutFiles, type DraftSnapshot, type DraftStore, type StorageLike,
} from '../../src/submit/drafts.js';
import { readSnapshot } from '../../src/submit/draft-snapshot.js';
import { indexedDbDraftStore } from '../../src/submit/indexeddb-drafts.js';
import { SentAheadFile } from '../../src/submit/sent-files.js';

const NOW = Date.parse('2026-11-24T10:00:00Z');
const snapshot = (extra: Partial<DraftSnapshot> = {}): DraftSnapshot => ({
  version: 1,
  savedAt: NOW,
  step: 'malfunction',
  draft: { device: { zone: 'europe', country: 'FR' }, malfunction: { serviceType: 'repair', issues: ['gimbal-camera'] } },
  attempted: ['device'],
  idempotencyKey: '6f1c1a9e-3c7d-4f51-9a43-0f7c2b1d5e88',
  ...extra,
});
const invoice = () => new File(['%PDF-1.4'], 'invoice.pdf', { type: 'application/pdf' });

/** Web Storage in memory, that can be told to fail like a full or blocked one. */
function fakeStorage() {
  const items = new Map<string, string>();
  const calls: string[] = [];
  let failure: Error | undefined;
  const storage: StorageLike = {
    getItem: (key) => { calls.push('get'); if (failure) throw failure; return items.get(key) ?? null; },
    setItem: (key, value) => { calls.push('set'); if (failure) throw failure; items.set(key, value); },
    removeItem: (key) => { calls.push('remove'); items.delete(key); },
  };
  return { items, calls, storage, fail: (error?: Error) => { failure = error; } };
}

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

function recorder() {
  const warnings: string[] = [];
  return { warnings, warn: (message: string) => { warnings.push(message); } };
}

describe('drafts', () => {
  describe('readSnapshot', () => {
    it('accepts a draft of this version', () => {
      expect(readSnapshot(JSON.parse(JSON.stringify(snapshot())))).to.deep.equal(snapshot());
    });

    it('keeps a sent request’s case number and access token, as stored in JSON', () => {
      const sent = { caseNumber: 'CAS-0000001-ABCDEF', accessToken: 'rrc_token' };
      expect(readSnapshot(JSON.parse(JSON.stringify(snapshot({ sent })))).sent).to.deep.equal(sent);
    });

    it('keeps the files in a draft', () => {
      const file = invoice();
      expect(readSnapshot(snapshot({ draft: { malfunction: { proofOfPurchase: file } } })).draft.malfunction!.proofOfPurchase).to.equal(file);
    });

    for (const [what, value] of [
      ['another version', { ...snapshot(), version: 2 }],
      ['an unknown step', { ...snapshot(), step: 'payment' }],
      ['a step that is not an object', { ...snapshot(), draft: { device: 'europe' } }],
      ['a date that is not a number', { ...snapshot(), savedAt: '2026-11-24' }],
      ['nothing', null],
      ['text', 'draft'],
    ] as const) {
      it(`refuses ${what}`, () => {
        expect(() => readSnapshot(value)).to.throw(InvalidDraftError);
      });
    }
  });

  describe('isEmptyDraft', () => {
    it('is true when nothing was entered, or everything was cleared again', () => {
      expect(isEmptyDraft({})).to.equal(true);
      expect(isEmptyDraft({ device: { zone: undefined, serial: '' }, malfunction: { issues: [] } })).to.equal(true);
    });

    it('is false once anything was answered', () => {
      expect(isEmptyDraft({ device: { zone: 'europe' } })).to.equal(false);
      expect(isEmptyDraft({ malfunction: { supportContacted: false } })).to.equal(false);
    });
  });

  describe('withoutFiles', () => {
    it('leaves files out and describes them, for storage that holds text only', () => {
      const stripped = withoutFiles(snapshot({ draft: { malfunction: { serviceType: 'repair', proofOfPurchase: invoice() } } }));
      expect(stripped.draft.malfunction).to.deep.equal({ serviceType: 'repair' });
      expect(stripped.lostFiles).to.deep.equal([{ path: 'malfunction.proofOfPurchase', name: 'invoice.pdf', size: 8, type: 'application/pdf' }]);
    });

    it('lists nothing when there is no file', () => {
      expect(withoutFiles(snapshot()).lostFiles).to.equal(undefined);
    });

    it('keeps a file sent ahead as its reference (description and id, no bytes); the others close up and are described', () => {
      const [lost, sent] = [new File(['ab'], 'left.webp', { type: 'image/webp' }), new File(['abc'], 'right.webp', { type: 'image/webp' })];
      const stripped = withoutFiles(snapshot({
        draft: { malfunction: { photos: { 'gimbal-close-up': [lost, sent], 'drone-front': [lost] } } },
        uploads: [{ path: 'malfunction.photos.gimbal-close-up.1', id: 'rru_b' }],
        lostFiles: [{ path: 'malfunction.proofOfPurchase', name: 'invoice.pdf', size: 8, type: 'application/pdf' }],
      }));
      expect(stripped.draft.malfunction).to.deep.equal({
        photos: { 'gimbal-close-up': [{ sentAhead: { name: 'right.webp', size: 3, type: 'image/webp', upload: 'rru_b' } }] },
      });
      expect(stripped.uploads).to.equal(undefined);
      expect(stripped.lostFiles!.map((f) => [f.path, f.name]), 'after those still to attach again').to.deep.equal([
        ['malfunction.proofOfPurchase', 'invoice.pdf'],
        ['malfunction.photos.gimbal-close-up.0', 'left.webp'], ['malfunction.photos.drone-front.0', 'left.webp'],
      ]);
    });
  });

  describe('in session storage', () => {
    it('saves, loads and clears a draft as JSON', async () => {
      const fake = fakeStorage();
      const store = webStorageDraftStore(() => fake.storage);
      await store.save('k', snapshot());
      expect(JSON.parse(fake.items.get('k')!)).to.deep.equal(snapshot());
      expect(await store.load('k')).to.deep.equal(snapshot());
      await store.clear('k');
      expect(await store.load('k')).to.equal(undefined);
    });

    it('reads a file sent ahead back as a file of its name, size and type, without bytes, with its id', async () => {
      const fake = fakeStorage();
      const store = webStorageDraftStore(() => fake.storage);
      await store.save('k', snapshot({ draft: { malfunction: { proofOfPurchase: invoice() } }, uploads: [{ path: 'malfunction.proofOfPurchase', id: 'rru_a' }] }));
      expect(fake.items.get('k')).not.to.include('%PDF');
      const loaded = (await store.load('k'))!;
      const file = loaded.draft.malfunction!.proofOfPurchase!;
      expect(file).to.be.instanceOf(SentAheadFile);
      expect([file.name, file.size, file.type, (await file.arrayBuffer()).byteLength]).to.deep.equal(['invoice.pdf', 8, 'application/pdf', 0]);
      expect(loaded.uploads).to.deep.equal([{ path: 'malfunction.proofOfPurchase', id: 'rru_a' }]);
      expect(loaded.lostFiles).to.equal(undefined);
    });

    it('refuses what is not JSON', async () => {
      const fake = fakeStorage();
      fake.items.set('k', '{"version":1,');
      let error: unknown;
      await webStorageDraftStore(() => fake.storage).load('k').catch((e) => { error = e; });
      expect(error).to.be.instanceOf(InvalidDraftError);
    });
  });

  describe('in IndexedDB', () => {
    let name: string;
    beforeEach(() => { name = `repair-request-unit-${Math.random()}`; });
    afterEach(() => new Promise((resolve) => { indexedDB.deleteDatabase(name).onsuccess = resolve; }));

    it('saves, loads and clears a draft, its file included', async () => {
      const store = indexedDbDraftStore(() => indexedDB, name);
      const file = invoice();
      await store.save('k', snapshot({ draft: { malfunction: { proofOfPurchase: file } } }));
      const loaded = await store.load('k');
      const kept = loaded!.draft.malfunction!.proofOfPurchase!;
      expect(kept).to.be.instanceOf(File);
      expect([kept.name, kept.size, await kept.text()]).to.deep.equal(['invoice.pdf', 8, '%PDF-1.4']);
      await store.clear('k');
      expect(await store.load('k')).to.equal(undefined);
      store.close!();
    });

    it('keeps a file kept by its id alone (from a tab\'s draft) by that id, with its size, beside a file kept whole', async () => {
      const store = indexedDbDraftStore(() => indexedDB, name);
      const standIn = new SentAheadFile({ name: 'gimbal.webp', size: 5120, type: 'image/webp', upload: 'rru_a' });
      await store.save('k', snapshot({
        draft: { malfunction: { proofOfPurchase: invoice(), photos: { 'gimbal-close-up': [standIn] } } },
        uploads: [{ path: 'malfunction.proofOfPurchase', id: 'rru_p' }, { path: 'malfunction.photos.gimbal-close-up.0', id: 'rru_a' }],
      }));
      const loaded = (await store.load('k'))!;
      const [photo] = loaded.draft.malfunction!.photos!['gimbal-close-up']!;
      expect(photo).to.be.instanceOf(SentAheadFile);
      expect([photo!.name, photo!.size, photo!.type, (photo as SentAheadFile).upload]).to.deep.equal(['gimbal.webp', 5120, 'image/webp', 'rru_a']);
      expect(await loaded.draft.malfunction!.proofOfPurchase!.text(), 'a file kept whole keeps its bytes').to.equal('%PDF-1.4');
      expect(loaded.uploads).to.deep.equal([
        { path: 'malfunction.proofOfPurchase', id: 'rru_p' }, { path: 'malfunction.photos.gimbal-close-up.0', id: 'rru_a' },
      ]);
      store.close!();
    });

    it('keeps drafts under different keys apart', async () => {
      const store = indexedDbDraftStore(() => indexedDB, name);
      await store.save('a', snapshot({ step: 'device' }));
      await store.save('b', snapshot({ step: 'parts' }));
      expect((await store.load('a'))!.step).to.equal('device');
      expect((await store.load('b'))!.step).to.equal('parts');
      store.close!();
    });

    it('fails when the browser has no IndexedDB', async () => {
      let error: unknown;
      await indexedDbDraftStore(() => undefined, name).load('k').catch((e) => { error = e; });
      expect(error).to.be.instanceOf(Error);
    });
  });

  describe('guardedStore', () => {
    it('warns once and carries on without persistence when storage is full', async () => {
      const fake = fakeStorage();
      const log = recorder();
      const store = guardedStore(webStorageDraftStore(() => fake.storage), { warn: log.warn, now: () => NOW });
      await store.save('k', snapshot());
      fake.fail(quotaExceeded());
      await store.save('k', snapshot({ step: 'parts' }));
      expect(log.warnings).to.have.length(1);
      expect(store.available).to.equal(false);
      // The older draft is gone: it must not come back in place of the newer one.
      expect(fake.items.has('k')).to.equal(false);
      fake.fail(undefined);
      const before = fake.calls.length;
      await store.save('k', snapshot());
      expect(await store.load('k')).to.equal(undefined);
      expect(fake.calls.length).to.equal(before);
      expect(log.warnings).to.have.length(1);
    });

    it('warns once when storage is blocked, and never throws', async () => {
      const log = recorder();
      const blocked = () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); };
      const store = guardedStore(webStorageDraftStore(blocked), { warn: log.warn });
      expect(await store.load('k')).to.equal(undefined);
      await store.save('k', snapshot());
      await store.clear('k');
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.include('the draft cannot be saved');
    });

    it('ignores an unreadable draft with a warning, and still saves', async () => {
      const fake = fakeStorage();
      fake.items.set('k', 'not json');
      const log = recorder();
      const store = guardedStore(webStorageDraftStore(() => fake.storage), { warn: log.warn, now: () => NOW });
      expect(await store.load('k')).to.equal(undefined);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.include('a saved draft was ignored');
      await store.save('k', snapshot());
      expect(await store.load('k')).to.deep.equal(snapshot());
    });

    it('forgets a draft older than 30 days without a word', async () => {
      const fake = fakeStorage();
      const log = recorder();
      const store = guardedStore(webStorageDraftStore(() => fake.storage), { warn: log.warn, now: () => NOW });
      await store.save('old', snapshot({ savedAt: NOW - DRAFT_MAX_AGE_MS - 1 }));
      await store.save('recent', snapshot({ savedAt: NOW - DRAFT_MAX_AGE_MS + 60_000 }));
      expect(await store.load('old')).to.equal(undefined);
      expect(fake.items.has('old')).to.equal(false);
      expect(await store.load('recent')).to.not.equal(undefined);
      expect(log.warnings).to.be.empty;
    });

    it('tries again when the store’s code could not be downloaded, instead of giving up on drafts', async () => {
      const fake = fakeStorage();
      const log = recorder();
      let reachable = false;
      const flaky: DraftStore = {
        load: async (key) => { if (!reachable) throw new DraftCodeUnavailableError('offline'); return webStorageDraftStore(() => fake.storage).load(key); },
        save: async (key, value) => { if (!reachable) throw new DraftCodeUnavailableError('offline'); return webStorageDraftStore(() => fake.storage).save(key, value); },
        clear: async (key) => { if (!reachable) throw new DraftCodeUnavailableError('offline'); return webStorageDraftStore(() => fake.storage).clear(key); },
      };
      const store = guardedStore(flaky, { warn: log.warn, now: () => NOW });
      await store.save('k', snapshot());
      await store.save('k', snapshot());
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.include('could not be loaded');
      expect(store.available).to.equal(true);
      reachable = true;
      await store.save('k', snapshot({ step: 'parts' }));
      expect((await store.load('k'))?.step).to.equal('parts');
    });

    it('warns once when IndexedDB is unavailable', async () => {
      const log = recorder();
      const store = guardedStore(indexedDbDraftStore(() => undefined, 'unused'), { warn: log.warn });
      expect(await store.load('k')).to.equal(undefined);
      await store.save('k', snapshot());
      expect(log.warnings).to.have.length(1);
    });
  });

  describe('settings', () => {
    it('keeps drafts in the tab unless told otherwise', () => {
      expect([toPersist(null), toPersist('session'), toPersist('local'), toPersist('none'), toPersist('disk')])
        .to.deep.equal(['session', 'session', 'local', 'none', 'session']);
    });

    it('names the draft after the host\'s draft-key, else the page', () => {
      expect(draftStorageKey('rma-2', '/support')).to.equal('repair-request:draft:rma-2');
      expect(draftStorageKey(undefined, '/support')).to.equal('repair-request:draft:/support');
      expect(draftStorageKey('', '/support')).to.equal('repair-request:draft:/support');
    });
  });
});

/** A store in memory that records what it was asked. */
function memoryStore(initial?: DraftSnapshot) {
  const saved = new Map<string, DraftSnapshot>(initial ? [['k', initial]] : []);
  const calls: string[] = [];
  /** Closed once the autosave let go of the store: every storage operation it queued before is done. */
  const state = { closed: false };
  const store: DraftStore = {
    load: async (key) => { calls.push('load'); return saved.get(key); },
    save: async (key, value) => { calls.push('save'); saved.set(key, value); },
    clear: async (key) => { calls.push('clear'); saved.delete(key); },
    close: async () => { state.closed = true; },
  };
  return { saved, calls, store, get closed() { return state.closed; } };
}

/** A stand-in for the shell: an element with state, that runs its controller's hooks like Lit. */
function fakeHost(store: DraftStore) {
  const element = document.createElement('div');
  let controller: ReactiveController | undefined;
  const state: { current: DraftState } = {
    current: { step: 'device', draft: {}, attempted: new Set<StepId>(), idempotencyKey: 'key-1' },
  };
  const sent: DraftSnapshot[] = [];
  const host = Object.assign(element, {
    addController: (c: ReactiveController) => { controller = c; },
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  });
  const autosave = new DraftAutosave(host, { read: () => state.current, persist: () => 'session', key: () => 'k', delayMs: 20, createStore: () => store,
    onSent: (saved) => sent.push(saved),
  });
  return {
    autosave,
    host,
    /** The sent drafts handed to the shell on connect. */
    sent,
    connect: () => controller!.hostConnected!(),
    disconnect: () => controller!.hostDisconnected!(),
    /** Changes the state as the shell does (new objects), then runs the update hook. */
    set: (patch: Partial<DraftState>) => { state.current = { ...state.current, ...patch }; controller!.hostUpdated!(); },
  };
}

describe('DraftAutosave', () => {
  it('saves after a pause in typing, once for several changes', async () => {
    const memory = memoryStore();
    const shell = fakeHost(memory.store);
    shell.connect();
    await shell.autosave.ready;
    shell.set({ draft: { device: { zone: 'europe' } } });
    shell.set({ draft: { device: { zone: 'europe', country: 'FR' } } });
    expect(memory.calls).to.deep.equal(['load']);
    await waitUntil(() => memory.saved.has('k'), 'saved after the pause');
    expect(memory.calls).to.deep.equal(['load', 'save']);
    expect(memory.saved.get('k')).to.deep.include({ step: 'device', idempotencyKey: 'key-1', draft: { device: { zone: 'europe', country: 'FR' } } });
    shell.disconnect();
  });

  it('saves what was typed before the saved draft was looked up (its code loads after the first paint)', async () => {
    const memory = memoryStore();
    const shell = fakeHost(memory.store);
    shell.set({ draft: { device: { zone: 'europe' } } });
    shell.connect();
    await shell.autosave.ready;
    await waitUntil(() => memory.saved.has('k'), 'saved after the pause');
    expect(memory.saved.get('k')!.draft).to.deep.equal({ device: { zone: 'europe' } });
    shell.disconnect();
  });

  it('saves at once when the page is hidden or the widget removed', async () => {
    const memory = memoryStore();
    const shell = fakeHost(memory.store);
    shell.connect();
    await shell.autosave.ready;
    shell.set({ draft: { device: { zone: 'europe' } } });
    window.dispatchEvent(new Event('pagehide'));
    shell.set({ step: 'malfunction' });
    shell.disconnect();
    await waitUntil(() => memory.calls.filter((c) => c === 'save').length === 2);
    expect(memory.saved.get('k')!.step).to.equal('malfunction');
  });

  it('offers a saved draft to a fresh widget and saves nothing until the customer chooses', async () => {
    const memory = memoryStore(snapshot());
    const shell = fakeHost(memory.store);
    shell.connect();
    expect(shell.autosave.checking).to.equal(true);
    await shell.autosave.ready;
    expect(shell.autosave.checking).to.equal(false);
    expect(shell.autosave.offer).to.deep.equal(snapshot());
    shell.set({ draft: { device: { zone: 'asia-pacific' } } });
    shell.disconnect();
    await waitUntil(() => memory.closed, 'the autosave did not let go of its store');
    expect(memory.calls).to.deep.equal(['load']);
    expect(memory.saved.get('k')).to.deep.equal(snapshot());
  });

  it('after Resume, saves the restored draft only once it changes', async () => {
    const memory = memoryStore(snapshot());
    const shell = fakeHost(memory.store);
    shell.connect();
    await shell.autosave.ready;
    const taken = shell.autosave.take(true)!;
    expect(shell.autosave.offer).to.equal(undefined);
    shell.set({ step: taken.step, draft: taken.draft });
    shell.set({ step: 'parts' });
    await waitUntil(() => memory.calls.includes('save'));
    expect(memory.saved.get('k')!.step).to.equal('parts');
    shell.disconnect();
  });

  it('after Start over, forgets the draft and does not save the empty form', async () => {
    const memory = memoryStore(snapshot());
    const shell = fakeHost(memory.store);
    shell.connect();
    await shell.autosave.ready;
    shell.autosave.discard();
    shell.set({ step: 'device', draft: {}, idempotencyKey: 'key-2' });
    shell.disconnect();
    await waitUntil(() => memory.calls.includes('clear'));
    expect(memory.calls).to.deep.equal(['load', 'clear']);
  });

  it('after a successful submission, saves the draft with its case number and access token, and saves no more', async () => {
    const memory = memoryStore();
    const shell = fakeHost(memory.store);
    shell.connect();
    await shell.autosave.ready;
    shell.set({ draft: { device: { zone: 'europe' } } });
    await shell.autosave.saveSent('CAS-0000001-ABCDEF', 'rrc_token');
    expect(memory.saved.get('k')).to.deep.include({ draft: { device: { zone: 'europe' } }, sent: { caseNumber: 'CAS-0000001-ABCDEF', accessToken: 'rrc_token' } });
    shell.set({ idempotencyKey: undefined });
    shell.disconnect();
    await waitUntil(() => memory.closed, 'the autosave did not let go of its store');
    expect(memory.calls).to.deep.equal(['load', 'save']);
  });

  it('does not let storage that never answers hold the confirmation back', async () => {
    const memory = memoryStore();
    const shell = fakeHost({ ...memory.store, save: () => new Promise<void>(() => undefined) });
    shell.connect();
    await shell.autosave.ready;
    const started = Date.now();
    await shell.autosave.saveSent('CAS-0000001-ABCDEF');
    expect(Date.now() - started).to.be.below(3000);
    shell.disconnect();
  });

  it('hands a sent draft to the shell instead of offering it', async () => {
    const memory = memoryStore({ ...snapshot(), sent: { caseNumber: 'CAS-0000001-ABCDEF', accessToken: 'rrc_token' } });
    const shell = fakeHost(memory.store);
    shell.connect();
    await shell.autosave.ready;
    expect(shell.autosave.offer).to.equal(undefined);
    expect(shell.sent.map((s) => s.sent)).to.deep.equal([{ caseNumber: 'CAS-0000001-ABCDEF', accessToken: 'rrc_token' }]);
    shell.set({ step: 'submit', draft: snapshot().draft });
    shell.disconnect();
    await waitUntil(() => memory.closed, 'the autosave did not let go of its store');
    expect(memory.calls).to.deep.equal(['load']);
  });

  it('lets a widget already in use keep its answers instead of offering the saved draft', async () => {
    const memory = memoryStore(snapshot());
    const shell = fakeHost(memory.store);
    shell.set({ draft: { device: { zone: 'europe' } } });
    shell.connect();
    await shell.autosave.ready;
    expect(shell.autosave.offer).to.equal(undefined);
    shell.set({ step: 'malfunction' });
    await waitUntil(() => memory.calls.includes('save'));
    expect(memory.saved.get('k')!.draft).to.deep.equal({ device: { zone: 'europe' } });
    shell.disconnect();
  });
});
