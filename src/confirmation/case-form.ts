/**
 * The printable case form that goes in the parcel: the case number as text and
 * as a barcode, and what the workshop needs to match the parcel to the case.
 * One A4 or Letter page, black on white; every answer is rendered as text.
 */
import { css, html, nothing } from 'lit';
import { msg, str } from '../i18n/msg.js';
import type { RepairConfig } from '../config/config-schema.js';
import { centreLines, partKindLabel, serviceTypeLabel } from '../i18n/answer-labels.js';
import type { RepairDraft } from '../schema/request.js';
import { addressLines, centreFor, formatDate, issuesText, modelName } from '../steps/submit/answers.js';
import { barcode } from './barcode.js';
import { qrCode } from './qr-code.js';
import { photoLines } from '../steps/malfunction/shot-labels.js';
import { isCode128B } from './code128.js';
import { auto, isolatedLines as lines, ltr } from '../i18n/bidi.js';
import { sectionsOf } from '../flow/sections.js';
import { printedLink } from '../status/status-link.js';
import { accidentRows, analysisRequestRows, crashRows, planRows, type Row } from '../steps/submit/answer-rows.js';

export interface CaseFormData {
  caseNumber: string;
  /** The answers as they were sent (`sentAnswers`): the form shows nothing the case does not have. */
  draft: RepairDraft;
  config: RepairConfig;
  locale: string;
  /** When the request was sent. */
  date: Date;
  /** The status page's link for the case; printed without its access token (the form travels in the parcel). */
  statusLink?: string | undefined;
}

/** The status link as a QR code to scan and as text to type, absolute: it is read on paper, so without its token. */
function followOnline(link: string) {
  const absolute = printedLink(new URL(link, document.baseURI).href);
  return html`<span class="follow-online">${qrCode(absolute, msg('QR code of the link to follow the case'))}<span class="link">${absolute}</span></span>`;
}

/** The accident's details, under the analysis request they go with: small, so the form stays on one page. */
function accidentDetails(rows: Row[]) {
  return rows.length
    ? html`<dl class="details">${rows.map((r) => html`<div><dt>${r.key}</dt><dd>${r.value}</dd></div>`)}</dl>`
    : nothing;
}

export function caseForm(d: CaseFormData) {
  const m = d.draft.malfunction ?? {};
  const answers = { draft: d.draft, config: d.config, locale: d.locale, sections: sectionsOf(d.config, d.draft) };
  const details = accidentDetails(accidentRows(answers));
  const kind = d.draft.parts?.kind;
  const centre = centreFor(d.config, d.draft);
  const photos = photoLines(d.config, m.photos, d.locale);
  const row = (key: string, value: unknown) => html`<div class="row"><dt>${key}</dt><dd>${value}</dd></div>`;
  return html`<article class="case-form" lang=${d.locale}>
    <header class="head">
      <p class="brand">${d.config.brand.name}</p>
      <p class="title">${msg('Repair case form')}</p>
    </header>
    <div class="case">
      <p class="case-number"><span class="key">${msg('Case number')}</span> <strong>${ltr(d.caseNumber)}</strong></p>
      ${isCode128B(d.caseNumber) ? barcode(d.caseNumber, msg(str`Barcode of the case number ${d.caseNumber}`)) : nothing}
    </div>
    <dl class="fields">
      ${row(msg('Date'), formatDate(d.date, d.locale))}
      ${row(msg('Product'), modelName(d.config, d.draft))}
      ${row(msg('Serial number'), d.draft.device?.serial ? ltr(d.draft.device.serial) : msg('Not provided'))}
      ${planRows(answers).map((r) => row(r.key, r.value))}
      ${row(msg('Service type'), m.serviceType ? serviceTypeLabel(m.serviceType) : '')}
      ${row(msg('Problem'), html`<span class="issues">${issuesText(d.config, d.draft, d.locale)}</span>
        <span class="description">${auto(m.description ?? '')}</span>`)}
      ${crashRows(answers).map((r) => row(r.key, r.value))}
      ${analysisRequestRows(answers).map((r) => row(r.key, html`${r.value}${details}`))}
      ${photos.length ? row(msg('Photos'), lines(photos)) : nothing}
      ${row(msg('Products sent'), kind ? partKindLabel(kind) : '')}
      ${row(msg('Return address'), lines([...addressLines(d.draft.address?.returnAddress, d.locale), ltr(d.draft.address?.returnAddress?.phone ?? '')]
        .filter(Boolean)))}
      ${d.draft.address?.email ? row(msg('Customer e-mail'), d.draft.address.email) : nothing}
      ${d.statusLink ? row(msg('Follow the case online'), followOnline(d.statusLink)) : nothing}
      ${centre ? row(msg('Repair centre address'), lines(centreLines(centre, d.locale))) : nothing}
    </dl>
    <p class="instruction">${msg('Put this form in the parcel with your products. Without it, the repair is delayed and your products may be returned unrepaired.')}</p>
  </article>`;
}

/**
 * Black on white, in print units, so the form looks the same in the preview and
 * on paper. It uses no theme token on purpose: the page must print in black.
 */
export const caseFormStyles = css`
  .case-form {
    color: #000; background: #fff; font-family: var(--_font-family, system-ui, sans-serif);
    font-size: 11pt; line-height: 1.35; max-inline-size: 180mm; box-sizing: border-box;
  }
  .case-form * { box-sizing: border-box; }
  .case-form p { margin: 0; }
  .head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: 4mm;
    border-block-end: 0.6mm solid #000; padding-block-end: 2mm; margin-block-end: 4mm; }
  .brand { font-size: 16pt; font-weight: 700; }
  .title { font-size: 14pt; font-weight: 700; }
  .case { border: 0.4mm solid #000; padding: 3mm 4mm; margin-block-end: 5mm; }
  .case-number { font-size: 13pt; margin-block-end: 2mm; }
  /* On one line where it fits (smaller in a phone's preview); wrapped rather than cut where even that is too wide. */
  .case-number strong { display: block; font-size: 18pt; letter-spacing: 0.05em; overflow-wrap: anywhere; }
  .key { display: block; font-size: 10pt; }
  .barcode { display: block; max-inline-size: 100%; }
  .follow-online { display: flex; flex-wrap: wrap; align-items: center; gap: 2mm 4mm; }
  .qr { flex: none; }
  .link { min-inline-size: 0; }
  .fields { margin: 0 0 5mm; }
  .row { display: grid; grid-template-columns: 42mm 1fr; gap: 2mm 4mm; padding-block: 2mm;
    border-block-end: 0.2mm solid #000; break-inside: avoid; }
  .row dt { font-weight: 700; }
  .row dd { margin: 0; min-inline-size: 0; overflow-wrap: anywhere; }
  .issues { display: block; }
  /* The accident's details, two to a line where they fit. */
  .details { display: grid; grid-template-columns: repeat(auto-fill, minmax(50mm, 1fr)); gap: 1mm 4mm; margin: 1mm 0 0; font-size: 9.5pt; }
  .details dt { font-weight: 700; }
  .details dd { margin: 0; overflow-wrap: anywhere; }
  /* A long description is cut after twelve lines so the form stays on one page; the case holds all of it. */
  .description { white-space: pre-line; margin-block-start: 1mm; font-size: 10pt;
    display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 12; line-clamp: 12; overflow: hidden; }
  .instruction { font-weight: 700; border: 0.4mm dashed #000; padding: 3mm 4mm; }
  @media screen and (max-width: 30rem) {
    .row { grid-template-columns: 1fr; }
  }
  @container (max-width: 30rem) {
    .case-number strong { font-size: 14pt; letter-spacing: 0; }
  }
`;
