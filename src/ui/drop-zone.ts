/**
 * The file control of every file field: a real `<input type="file">` that
 * covers a drop zone styled and worded in the widget's language (the
 * browser's own "Choose File · No file chosen" is never seen), so that a
 * click, a tap, Enter or Space opens the picker and a file can also be
 * dropped on it. Below it, one list of the attached files, each with its
 * size, a thumbnail for a picture, its own error and a Remove button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../i18n/msg.js';
import { formatSize } from '../i18n/format.js';
import { fieldId, optionalMark } from './fields.js';
import { thumbnail } from './thumbnail.js';
import { fileSending, type FileSending } from './file-sending.js';

export interface DropZoneOptions {
  /** The schema path: the input's id derives from it, so the error summary can focus it. */
  path: string;
  label: string | TemplateResult;
  /** The accepted types and the size limit, in words. */
  hint: string | TemplateResult;
  /** The field's error, shown above the zone. */
  error?: string | undefined;
  optional?: boolean;
  /** The files attached so far. */
  files: readonly File[];
  /** An error per file, by index, shown in that file's row. */
  fileErrors?: readonly (string | undefined)[];
  /** A note per file, by index, shown in that file's row (a photo's size before it was made smaller). */
  fileNotes?: readonly (string | undefined)[];
  /** Each file's own sending, by index, while it is sent on its own or could not be (see file-sending.ts). */
  sending?: readonly (FileSending | undefined)[];
  /** Stops sending the file at this index (it stays attached). */
  onCancel?: (index: number) => void;
  /** Sends the file at this index again. */
  onRetry?: (index: number) => void;
  /** The picker's filter (`.pdf,.png`, `image/*`). */
  accept: string;
  /** Several files at once (the photo field); one otherwise, which replaces the one attached. */
  multiple?: boolean;
  /** Offer the camera on a phone: `environment` (back) or `user` (front). */
  capture?: 'environment' | 'user';
  locale: string;
  /** Files chosen in the picker or dropped on the zone. */
  onAdd: (files: File[]) => void;
  onRemove: (index: number) => void;
}

const inputOf = (from: EventTarget | null) =>
  (from as HTMLElement | null)?.closest('.drop-field')?.querySelector<HTMLInputElement>('input[type="file"]') ?? null;

function dragHandlers(f: DropZoneOptions) {
  const hover = (e: DragEvent, on: boolean) => {
    e.preventDefault();
    (e.currentTarget as HTMLElement).classList.toggle('dragging', on);
  };
  return {
    over: (e: DragEvent) => {
      hover(e, true);
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    },
    leave: (e: DragEvent) => hover(e, false),
    drop: (e: DragEvent) => {
      hover(e, false);
      const dropped = [...(e.dataTransfer?.files ?? [])];
      if (dropped.length) f.onAdd(f.multiple ? dropped : dropped.slice(0, 1));
    },
  };
}

function fileRow(f: DropZoneOptions, id: string, file: File, index: number) {
  const rowId = `${id}-file-${index}`;
  const error = f.fileErrors?.[index];
  const rejected = !!error || (!f.multiple && !!f.error);
  const size = formatSize(file.size, f.locale);
  return html`<li class="file ${rejected ? 'rejected' : ''}">
    ${file.type.startsWith('image/') ? html`<img class="thumbnail" src=${thumbnail(file)} alt="" />` : nothing}
    <div class="file-text">
      <span id=${rowId}>${rejected ? msg(str`Not accepted: ${file.name} (${size})`) : msg(str`Attached: ${file.name} (${size})`)}</span>
      ${f.fileNotes?.[index] ? html`<span class="file-note">${f.fileNotes[index]}</span>` : nothing}
      ${error ? html`<span class="error-message" id="${rowId}-error"><span class="visually-hidden">${msg('Error:')}</span> ${error}</span>` : nothing}
      ${fileSending(f.sending?.[index], f, rowId, file, index)}
    </div>
    <button type="button" class="link-button" aria-describedby=${[rowId, error ? `${rowId}-error` : ''].filter(Boolean).join(' ')}
      @click=${(e: Event) => {
        const input = inputOf(e.currentTarget);
        f.onRemove(index);
        // The button goes away with its row: focus stays where another file can be chosen.
        input?.focus();
      }}>${msg('Remove file')}</button>
  </li>`;
}

export function dropZone(f: DropZoneOptions) {
  const id = fieldId(f.path);
  const drag = dragHandlers(f);
  const describedBy = [`${id}-hint`, f.error ? `${id}-error` : '', f.files.length ? `${id}-files` : ''].filter(Boolean).join(' ');
  return html`<div class="field drop-field ${f.error ? 'has-error' : ''}">
    <label for=${id}>${f.label}${optionalMark(f.optional)}</label>
    <span class="hint" id="${id}-hint">${f.hint}</span>
    ${f.error
      ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Error:')}</span> ${f.error}</span>`
      : nothing}
    <div class="drop-zone" @dragenter=${drag.over} @dragover=${drag.over} @dragleave=${drag.leave} @drop=${drag.drop}>
      <input
        type="file"
        id=${id}
        name=${f.path}
        accept=${f.accept}
        ?multiple=${!!f.multiple}
        capture=${ifDefined(f.capture)}
        aria-invalid=${f.error ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const chosen = [...(input.files ?? [])];
          // The list below is what counts: the input is emptied so the same file can be chosen again.
          input.value = '';
          if (chosen.length) f.onAdd(chosen);
        }}
      />
      <span class="drop-words" aria-hidden="true">
        <span class="drop-button">${f.multiple ? msg('Choose files') : msg('Choose a file')}</span>
        <span>${f.multiple ? msg('or drop them here') : msg('or drop it here')}</span>
      </span>
    </div>
    ${f.files.length
      ? html`<ul class="file-list" id="${id}-files">${f.files.map((file, index) => fileRow(f, id, file, index))}</ul>`
      : nothing}
  </div>`;
}
