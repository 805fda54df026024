/**
 * The choice offered when a saved draft is found: resume the request where the
 * customer left off, or start over with an empty form. Files that could not be
 * kept (session storage holds text only) are named, to be attached again.
 */
import { html, nothing } from 'lit';
import { msg, str } from '../i18n/msg.js';
import type { DraftSnapshot } from '../submit/drafts.js';

export interface ResumeActions {
  onResume: () => void;
  onStartOver: () => void;
}

/** When the draft was saved, for people: "12 March 2025 at 14:05". */
const formatSavedAt = (savedAt: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(savedAt));

export function resumeBanner(snapshot: DraftSnapshot, locale: string, actions: ResumeActions) {
  const when = formatSavedAt(snapshot.savedAt, locale);
  return html`<section class="resume notice" part="resume-banner" aria-labelledby="resume-title">
    <h2 id="resume-title" tabindex="-1">${msg('Unfinished repair request')}</h2>
    <p>${msg(str`You have an unfinished repair request from ${when}.`)}
      ${msg('Resume it where you left off, or start over with an empty form.')}</p>
    ${snapshot.lostFiles?.length
      ? html`<ul class="lost-files">${snapshot.lostFiles.map((file) => html`<li>
          ${msg(str`The attached file “${file.name}” could not be kept: please attach it again.`)}</li>`)}</ul>`
      : nothing}
    <div class="resume-actions">
      <button type="button" class="button" @click=${actions.onResume}>${msg('Resume your request')}</button>
      <button type="button" class="button secondary" @click=${actions.onStartOver}>${msg('Start over')}</button>
    </div>
  </section>`;
}
