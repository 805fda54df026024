/**
 * Photos of the damage: one compact drop-zone row per shot that the chosen
 * problems ask for (their configured shot lists), several photos each, with
 * "Take a photo" beside the picker on a touch device. Each photo is written again before it is kept (photos-controller.ts)
 * and shows its size before and after; a file the pipeline refuses is listed
 * with the reason. Errors: per shot (too many, a required shot without a
 * photo) beside its zone, for all the photos (too many, too large) above them.
 */
import { html, nothing } from 'lit';
import type { Shot } from '../../config/config-schema.js';
import { formatNumber, formatSize } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import { ltr } from '../../i18n/bidi.js';
import { photoLimits } from '../../schema/photos.js';
import { shotsFor } from '../../schema/shots.js';
import { dropZone } from '../../ui/drop-zone.js';
import { fieldId } from '../../ui/fields.js';
import type { PhotoNote, PhotosController } from './photos-controller.js';
import { shotHint, shotLabel } from './shot-labels.js';
// The photos' error words, added to errorMessage().
import './photo-error-messages.js';
import { path, type MalfunctionField, type MalfunctionView } from './view.js';
import type { UploadsController } from './uploads-controller.js';
import { failureWords } from './upload-words.js';

/** Why the pipeline refused a file, in words. */
function refusal(code: PhotoNote['code']) {
  switch (code) {
    case 'heic_unsupported': return msg('This browser cannot read HEIC photos. Send it as JPEG: on an iPhone, choose Most Compatible in Settings › Camera › Formats.');
    case 'not_an_image': return msg('This file is not a photo. Choose a JPEG, PNG, WebP or HEIC picture.');
    default: return msg('This photo is damaged or cannot be read. Take it again or choose another.');
  }
}

/** The shot's photos being prepared and those refused; undefined when there are none, so the row draws no list for them. */
function notes(v: MalfunctionView, shot: Shot, photos: PhotosController) {
  const pending = photos.pending[shot.id] ?? [];
  const refused = photos.refused[shot.id] ?? [];
  if (!pending.length && !refused.length) return undefined;
  return html`<ul class="photo-notes">
    ${pending.map((p) => html`<li class="pending">${msg(str`Preparing ${p.name}…`)}</li>`)}
    ${refused.map((p) => html`<li class="refused">
      <span>${msg(str`Not accepted: ${p.name} (${formatSize(p.size, v.locale)})`)}</span>
      <span class="error-message"><span class="visually-hidden">${msg('Error:')}</span> ${refusal(p.code)}</span>
    </li>`)}
  </ul>`;
}

/** One shot's row (`markOptional`: say "(optional)" on it, when some shots are required and others not). */
function shotZone(v: MalfunctionView, shot: Shot, photos: PhotosController, uploads: UploadsController, camera: boolean, markOptional: boolean) {
  const files = v.m.photos?.[shot.id] ?? [];
  const field = `photos.${shot.id}` as MalfunctionField;
  const hint = shotHint(shot);
  return dropZone({
    path: path(field),
    label: shotLabel(shot),
    optional: markOptional && !shot.required,
    hint: hint ?? '',
    error: v.error(field),
    files,
    reattach: uploads.lost(path(field)),
    fileErrors: files.map((file, i) => (uploads.tracks(file) ? undefined : v.error(`photos.${shot.id}.${i}` as MalfunctionField))),
    sending: uploads.sending(files, failureWords(v.config, v.locale)),
    onCancel: (index) => uploads.cancel(files[index]),
    onRetry: (index) => uploads.retry(files[index]),
    fileNotes: files.map((file) => {
      // Written again as WebP (or JPEG), the photo has a new name: the note names the customer's own file.
      const before = photos.original(file);
      return before && msg(str`Your photo ${ltr(before.name)} was made smaller: ${formatSize(before.size, v.locale)} before, ${formatSize(file.size, v.locale)} now.`);
    }),
    accept: 'image/*',
    multiple: true,
    layout: 'row',
    camera: camera ? 'environment' : undefined,
    notes: notes(v, shot, photos),
    locale: v.locale,
    onAdd: (chosen) => {
      uploads.attached(path(field));
      void photos.add(shot.id, chosen);
    },
    onRemove: (index) => {
      uploads.forget(files[index]);
      photos.remove(shot.id, index);
    },
  });
}

/** The photo section, or nothing when no chosen problem asks for a photo (`camera`: offer "Take a photo", on a touch device). */
export function photosSection(v: MalfunctionView, photos: PhotosController, uploads: UploadsController, camera: boolean) {
  const shots = shotsFor(v.config, v.m.issues);
  if (!shots.length) return nothing;
  const error = v.error('photos');
  // When no shot is required, that is said once, above them, rather than on every row.
  const allOptional = shots.every((shot) => !shot.required);
  return html`<section class="photos-section" aria-labelledby="photos-title">
    <h3 id="photos-title">${msg('Photos of the damage')}</h3>
    <p>${msg('Photos help the workshop see the damage. Before they are sent, they are made smaller and their location and camera data are removed.')}
      ${msg(str`Up to ${formatNumber(photoLimits(v.config).perShot, v.locale)} photos of each view.`)}
      ${allOptional ? msg('Every photo is optional.') : nothing}</p>
    <fieldset class="photos field ${error ? 'has-error' : ''}" id=${fieldId(path('photos'))}
      aria-describedby=${error ? `${fieldId(path('photos'))}-error` : nothing}>
      <legend class="visually-hidden">${msg('Photos of the damage')}</legend>
      ${error
        ? html`<span class="error-message" id="${fieldId(path('photos'))}-error"><span class="visually-hidden">${msg('Error:')}</span> ${error}</span>`
        : nothing}
      ${shots.map((shot) => shotZone(v, shot, photos, uploads, camera, !allOptional))}
    </fieldset>
  </section>`;
}
