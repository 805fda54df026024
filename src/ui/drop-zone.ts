/**
 * The file control of every file field: a real `<input type="file">` that
 * covers a drop zone styled and worded in the widget's language (the
 * browser's own "Choose File · No file chosen" is never seen), so that a
 * click, a tap, Enter or Space opens the picker and a file can also be
 * dropped on it. Below it, one list of the attached files, each with its
 * size, a thumbnail for a picture, its own error and a Remove button.
 *
 * Two layouts: `zone` (a box to drop onto, under the label) and `row` (one
 * compact row per field when a screen lists many: the label and hint beside
 * the buttons, the whole row the drop target, for the photos of each shot).
 * With `camera`, a second real input, "Take a photo", opens the camera
 * (`capture`) while the first, without `capture`, keeps the gallery and the
 * files: a phone's camera-only picker would hide them.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../i18n/msg.js';
import { formatSize } from '../i18n/format.js';
import { fieldId, optionalMark } from './fields.js';
import { thumbnail } from './thumbnail.js';
import { canRetry, fileSending, type FileSending } from './file-sending.js';
import { inputOf } from './row-focus.js';

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
  /** `zone` (default): a box to drop onto, under the label; `row`: a compact row, the label and hint beside the buttons. */
  layout?: 'zone' | 'row';
  /**
   * In the `row` layout, a "Take a photo" button beside the picker: a second input that opens the camera,
   * `environment` (back) or `user` (front). Offered on touch devices (see `CoarsePointerController`); the
   * picker itself never has `capture`.
   */
  camera?: 'environment' | 'user' | undefined;
  /**
   * The device is touch-first (see `CoarsePointerController`): the zone does not invite the customer to drop a
   * file, which a finger cannot do.
   */
  touch?: boolean;
  /** Files a reload could not keep, to attach again here: each is named above the files, and describes the picker. */
  reattach?: readonly { name: string }[] | undefined;
  /** Shown in the row under the attached files (a photo being prepared, one that was refused); undefined when there is none. */
  notes?: TemplateResult | undefined;
  locale: string;
  /** Files chosen in the picker or dropped on the zone. */
  onAdd: (files: File[]) => void;
  onRemove: (index: number) => void;
}

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
  const sending = f.sending?.[index];
  // A single file's field error refuses it, unless the file is still being sent or can be sent again: the error then
  // says it could not be sent, which its row shows with Try again.
  const rejected = !!error || (!f.multiple && !!f.error && !(sending && 'loaded' in sending) && !canRetry(sending, f));
  const size = formatSize(file.size, f.locale);
  return html`<li class="file ${rejected ? 'rejected' : ''}">
    ${file.type.startsWith('image/') ? thumbnail(file) : nothing}
    <div class="file-text">
      <span id=${rowId}>${rejected ? msg(str`Not accepted: ${file.name} (${size})`) : msg(str`Attached: ${file.name} (${size})`)}</span>
      ${f.fileNotes?.[index] ? html`<span class="file-note">${f.fileNotes[index]}</span>` : nothing}
      ${error ? html`<span class="error-message" id="${rowId}-error"><span class="visually-hidden">${msg('Error:')}</span> ${error}</span>` : nothing}
      ${fileSending(sending, f, rowId, file, index)}
    </div>
    <!-- Without Try again, Remove is what the error summary's link to this file focuses. -->
    <button type="button" class="link-button remove-button" id=${sending && 'failed' in sending && !canRetry(sending, f) ? fieldId(`${f.path}.${index}`) : nothing}
      aria-describedby=${[rowId, error ? `${rowId}-error` : '', sending && !('loaded' in sending) ? `${rowId}-failure` : ''].filter(Boolean).join(' ')}
      @click=${(e: Event) => {
        const input = inputOf(e.currentTarget);
        f.onRemove(index);
        // The button goes away with its row: focus stays where another file can be chosen.
        input?.focus();
      }}>${msg('Remove file')}</button>
  </li>`;
}

/** A real file input, transparent over the words that show it, emptied after each choice so the same file can be chosen again. */
function fileInput(f: DropZoneOptions, id: string, describedBy: string, extra: { capture?: string | undefined; labelledBy?: string } = {}) {
  return html`<input
    type="file"
    id=${id}
    name=${f.path}
    accept=${f.accept}
    ?multiple=${!!f.multiple}
    capture=${ifDefined(extra.capture)}
    aria-labelledby=${ifDefined(extra.labelledBy)}
    aria-invalid=${f.error ? 'true' : 'false'}
    aria-describedby=${describedBy}
    @change=${(e: Event) => {
      const input = e.target as HTMLInputElement;
      const chosen = [...(input.files ?? [])];
      // The list below is what counts: the input is emptied so the same file can be chosen again.
      input.value = '';
      if (chosen.length) f.onAdd(chosen);
    }}
  />`;
}

/** A camera and a picture (the gallery), drawn in the text's colour: the row's buttons, whose words shorten where the row is narrow. */
const icon = (body: unknown) => svg`<svg class="button-icon" viewBox="0 0 24 24" width="24" height="24" focusable="false"
  fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;
const CAMERA_ICON = icon(svg`<path d="M4 8h3l2-3h6l2 3h3v11H4z" /><circle cx="12" cy="13" r="3.5" />`);
const GALLERY_ICON = icon(svg`<rect x="3" y="4" width="18" height="16" rx="2" /><circle cx="9" cy="10" r="2" /><path d="M21 16l-5-5-9 9" />`);

const chooseWords = (f: DropZoneOptions) =>
  (f.accept.startsWith('image/') ? msg('Choose photos') : f.multiple ? msg('Choose files') : msg('Choose a file'));

/** One word under a row button's icon where the row is narrow: "Photo" (the camera), "Gallery" (the pictures), "Files". */
const shortWords = (f: DropZoneOptions) => (f.accept.startsWith('image/') ? msg('Gallery') : msg('Files'));

/**
 * The row layout's buttons: "Take a photo" (with `camera`), then the picker; each input is named by its
 * button's words and the field's label ("Take a photo The gimbal"); where the row is narrow, the buttons show
 * their icons with one short word under each ("Photo", "Gallery"), so that the label keeps the width and the
 * customer need not guess which icon is which.
 */
function rowButtons(f: DropZoneOptions, id: string, describedBy: string) {
  const button = (inputId: string, icon: unknown, words: string, short: string, capture?: string) => html`<span class="drop-button-box">
    ${fileInput(f, inputId, describedBy, { capture, labelledBy: `${inputId}-words ${id}-label` })}
    <span class="drop-button" aria-hidden="true">${icon}<span class="button-words" id="${inputId}-words">${words}</span><span
      class="button-short">${short}</span></span>
  </span>`;
  return html`<div class="drop-actions">
    ${f.camera ? button(`${id}-camera`, CAMERA_ICON, msg('Take a photo'), msg('Photo'), f.camera) : nothing}
    ${button(id, GALLERY_ICON, chooseWords(f), shortWords(f))}
  </div>`;
}

export function dropZone(f: DropZoneOptions) {
  const id = fieldId(f.path);
  const drag = dragHandlers(f);
  const row = f.layout === 'row';
  const describedBy = [`${id}-hint`, f.reattach?.length ? `${id}-reattach` : '', f.error ? `${id}-error` : '', f.files.length ? `${id}-files` : ''].filter(Boolean).join(' ');
  // A row is its own drop target, whole; a zone is the box under the label.
  const rowDrag = row ? drag : undefined;
  return html`<div class="field drop-field ${row ? 'drop-row' : ''} ${f.error ? 'has-error' : ''}"
    @dragenter=${rowDrag?.over} @dragover=${rowDrag?.over} @dragleave=${rowDrag?.leave} @drop=${rowDrag?.drop}>
    <label for=${id} id="${id}-label">${f.label}${optionalMark(f.optional)}</label>
    <span class="hint" id="${id}-hint">${f.hint}</span>
    ${f.error
      ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Error:')}</span> ${f.error}</span>`
      : nothing}
    ${row
      ? rowButtons(f, id, describedBy)
      : html`<div class="drop-zone" @dragenter=${drag.over} @dragover=${drag.over} @dragleave=${drag.leave} @drop=${drag.drop}>
          ${fileInput(f, id, describedBy)}
          <span class="drop-words" aria-hidden="true">
            <span class="drop-button">${chooseWords(f)}</span>
            ${f.touch ? nothing : html`<span>${f.multiple ? msg('or drop them here') : msg('or drop it here')}</span>`}
          </span>
        </div>`}
    ${f.files.length || f.notes || f.reattach?.length
      ? html`<div class="drop-files">
          ${f.reattach?.length
            ? html`<ul class="reattach" id="${id}-reattach">${f.reattach.map((file) => html`<li>
                ${msg(str`The attached file “${file.name}” could not be kept: please attach it again.`)}</li>`)}</ul>`
            : nothing}
          ${f.files.length ? html`<ul class="file-list" id="${id}-files">${f.files.map((file, index) => fileRow(f, id, file, index))}</ul>` : nothing}
          ${f.notes}
        </div>`
      : nothing}
  </div>`;
}
