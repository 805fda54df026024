/**
 * The photo section's work: each photo the customer adds is run through the
 * evidence pipeline (src/evidence: decoded and written again, smaller,
 * without EXIF or GPS) before it is kept in the draft; the pipeline's code
 * loads with the first photo. Holds what is in progress and what was refused,
 * and each kept photo's size before it was written again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RepairConfig } from '../../config/config-schema.js';
import type { ImageErrorCode } from '../../evidence/index.js';
import type { Photos } from '../../schema/photos.js';

/** A file that is being prepared, or that the pipeline refused (`code`). */
export interface PhotoNote {
  name: string;
  size: number;
  code?: ImageErrorCode | undefined;
}

export interface PhotosSource {
  photos: Photos | undefined;
  config: RepairConfig;
  /** Keeps the photos in the draft and shows their errors now (limits). */
  set: (photos: Photos | undefined) => void;
}

export class PhotosController implements ReactiveController {
  /** Files being written again, by shot. */
  pending: Record<string, PhotoNote[]> = {};
  /** Files the pipeline refused, by shot. */
  refused: Record<string, PhotoNote[]> = {};
  private before = new WeakMap<File, { name: string; size: number }>();
  private queue: Promise<void> = Promise.resolve();
  private abort = new AbortController();

  constructor(private host: ReactiveControllerHost, private source: () => PhotosSource) {
    host.addController(this);
  }

  hostConnected() {
    this.abort = new AbortController();
  }

  hostDisconnected() {
    this.abort.abort();
  }

  /** A kept photo's name and size as the customer chose it, before it was written again (unknown after a reload). */
  original(file: File) {
    return this.before.get(file);
  }

  /** Writes the files again, then keeps those that could be read; one batch after the other. */
  add(shot: string, files: readonly File[]) {
    const notes = files.map((f) => ({ name: f.name, size: f.size }));
    this.pending = { ...this.pending, [shot]: [...(this.pending[shot] ?? []), ...notes] };
    this.refused = { ...this.refused, [shot]: [] };
    this.host.requestUpdate();
    const signal = this.abort.signal;
    const work = this.queue.then(() => this.process(shot, files, signal));
    this.queue = work.catch(() => undefined);
    return work;
  }

  private async process(shot: string, files: readonly File[], signal: AbortSignal) {
    const { processImage, ImageError, evidenceSettings } = await import('../../evidence/index.js');
    const { config } = this.source();
    const { image } = evidenceSettings(config);
    const results = await Promise.allSettled(files.map((file) => processImage(file, { ...image, signal })));
    if (signal.aborted) return;
    const kept: File[] = [];
    const refused: PhotoNote[] = [];
    results.forEach((result, i) => {
      const original = files[i]!;
      if (result.status === 'fulfilled') {
        this.before.set(result.value.file, { name: original.name, size: result.value.bytesBefore });
        kept.push(result.value.file);
      } else {
        const code = result.reason instanceof ImageError ? result.reason.code : 'image_undecodable';
        refused.push({ name: original.name, size: original.size, code });
      }
    });
    this.pending = { ...this.pending, [shot]: (this.pending[shot] ?? []).slice(files.length) };
    this.refused = { ...this.refused, [shot]: refused };
    const { photos, set } = this.source();
    if (kept.length) set({ ...photos, [shot]: [...(photos?.[shot] ?? []), ...kept] });
    this.host.requestUpdate();
  }

  /** Removes a kept photo. */
  remove(shot: string, index: number) {
    const { photos, set } = this.source();
    const rest = (photos?.[shot] ?? []).filter((_, i) => i !== index);
    const next: Photos = { ...photos, [shot]: rest };
    if (!rest.length) delete next[shot];
    set(Object.keys(next).length ? next : undefined);
  }
}
