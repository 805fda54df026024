/**
 * Files sent ahead, from the Malfunction step's side: with `upload-endpoint`
 * (the shell passes its settings in `context.upload`), every attached file
 * (photos, proof of purchase) is sent on its own as soon as it is kept
 * (submit/uploads.ts, loaded with the first one); its row shows its progress
 * with Cancel, or why it failed with Retry. Completion and failure are
 * announced politely.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { filesIn, FILE_FIELDS, valueAt } from '../../schema/files.js';
import { lostFilesOf, settleLostFiles, slotOf } from '../../submit/lost-files.js';
import type { Uploads, UploadState } from '../../submit/uploads.js';
import { internalEvent } from '../../ui/internal-events.js';
import type { HostContext } from '../../ui/step-element.js';
import type { FileSending } from '../../ui/file-sending.js';

interface Host extends ReactiveControllerHost, Node {
  context: HostContext;
}

/** Words for an upload that failed (not one the customer cancelled), given at render time. */
export type FailureWords = (state: Extract<UploadState, { status: 'failed' }>) => string;

export class UploadsController implements ReactiveController {
  #uploads?: Uploads;
  #loading?: Promise<void>;
  /** The last upload that ended, for the polite announcement. */
  ended?: { file: File; ok: boolean };

  constructor(private host: Host, private files: () => { malfunction?: unknown }) {
    host.addController(this);
  }

  #onChange = (e: Event) => {
    const file = (e as CustomEvent<File>).detail;
    const attached = this.#attached().find((a) => a.file === file);
    if (!attached) return;
    const state = this.#uploads?.get(file);
    if (state?.status === 'uploaded' || (state?.status === 'failed' && state.reason !== 'cancelled')) this.ended = { file, ok: state.status === 'uploaded' };
    // A file that could not be sent at Submit, sent since: the summary stops saying so.
    if (state?.status === 'uploaded') this.host.dispatchEvent(internalEvent('rr-resolved', { path: attached.path.join('.') }));
    this.host.requestUpdate();
  };

  hostConnected() {
    this.#uploads?.addEventListener('change', this.#onChange);
  }

  hostDisconnected() {
    this.#uploads?.removeEventListener('change', this.#onChange);
  }

  /** Every file attached in the step, with its field and its path in the draft (`malfunction.photos.gimbal.0`). */
  #attached() {
    const draft = this.files();
    return FILE_FIELDS.flatMap((field) => filesIn(valueAt(draft, field), field.split('.')).map(({ path, file }) => ({ field, path, file: file as File })));
  }

  /** Sends each attached file that was not sent yet (its code loads with the first). */
  hostUpdated() {
    const settings = this.host.context.upload;
    if (!settings) return;
    const attached = this.#attached();
    if (!attached.length) return;
    if (!this.#uploads) {
      this.#loading ??= import('../../submit/uploads.js').then(({ uploads }) => {
        this.#uploads = uploads;
        uploads.addEventListener('change', this.#onChange);
        this.host.requestUpdate();
      });
      return;
    }
    const uploads = this.#uploads;
    // After this update, so that the rows' new state is a new update, not one inside this.
    queueMicrotask(() => {
      for (const { field, file } of attached) if (!uploads.get(file)) uploads.start(file, field, settings);
    });
  }

  /** How each file's sending shows in its row (nothing once sent). */
  sending(files: readonly File[], words: FailureWords): (FileSending | undefined)[] {
    return files.map((file) => {
      const state = this.#uploads?.get(file);
      if (state?.status === 'uploading') return { loaded: state.loaded, total: state.total };
      if (state?.status === 'failed') return state.reason === 'cancelled' ? { cancelled: true } : { failed: words(state), final: state.reason === 'refused' };
      return undefined;
    });
  }

  /** Whether the file is sent ahead (being sent, sent or failed): its row then speaks for it, not a field error. */
  tracks = (file: File) => !!this.#uploads?.get(file);

  /** The widget the step is part of: a reload's lost files are kept by widget. */
  get #widget(): object {
    const root = this.host.getRootNode();
    return root instanceof ShadowRoot ? root.host : root;
  }

  /** The files a reload could not keep, to attach again in this slot (`malfunction.proofOfPurchase`, a photo's shot). */
  lost = (slot: string) => lostFilesOf(this.#widget).filter((file) => slotOf(file.path) === slot);
  /** The step's fields holding files to attach again (`photos`): a resumed draft reopens on their screen. */
  lostFields = () => lostFilesOf(this.#widget).map((file) => file.path.split('.')[1]!);
  /** A file was attached in this slot: the files lost there are no longer named. */
  attached = (slot: string) => settleLostFiles(this.#widget, slot);

  cancel = (file: File | undefined) => file && this.#uploads?.cancel(file);
  retry = (file: File | undefined) => file && this.#uploads?.retry(file);
  /** A removed file's upload stops. */
  forget = (file: File | undefined) => file && this.#uploads?.forget(file);
}
