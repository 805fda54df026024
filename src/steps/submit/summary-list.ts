/**
 * "Check your answers": the request in the guide's four sections, each a
 * heading and a GOV.UK summary list. It lists the questions the customer was
 * asked (an optional one left empty says "Not provided"), each with a Change
 * button in the row's last column that opens the question's step and field.
 */
import { html, nothing } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { centreLines, channelLabel, partKindLabel, serviceTypeLabel } from '../../i18n/answer-labels.js';
import { STEPS, type StepId } from '../../schema/options.js';
import { STEP_REGISTRY, type StepEntry, type SummarisedStep } from '../registry.js';
import type { RepairDraft } from '../../schema/request.js';
import { shotsFor } from '../../schema/shots.js';
import { addressLines, centreFor, formatDate, issuesText, modelName, yesNo } from './answers.js';
import { accidentRows, analysisRequestRows, crashRows, inMalfunction, orNotProvided, planRows, type Row, type RowsView } from './answer-rows.js';
import { auto, isolatedLines as lines, ltr } from '../../i18n/bidi.js';
import { photoLines, withoutExtension } from '../malfunction/shot-labels.js';

/** What the summary reads: the answers as they are sent (`sentAnswers`), the sections that apply, and the language. */
export interface SummaryView extends RowsView {
  /** The host gave the customer's e-mail, so the Address step did not ask for it. */
  emailFromHost?: boolean;
}

/** Opens a step to change its answers, on the screen that asks `path` with that field focused. */
export type EditAction = (step: StepId, path?: string) => void;

function row(r: Row, onEdit: EditAction) {
  return html`<div class="summary-row"><dt>${r.key}</dt><dd class="value">${r.value}</dd>${r.step
    ? html`<dd class="change"><button type="button" class="link-button edit" @click=${() => onEdit(r.step!, r.path)}>
        ${msg('Change')}<span class="visually-hidden"> ${r.key}</span></button></dd>`
    : nothing}</div>`;
}

function section(id: string, title: string, rows: Row[], onEdit: EditAction) {
  return html`<section class="summary-section" aria-labelledby="${id}-title">
    <h3 id="${id}-title" class="summary-header">${title}</h3>
    <dl class="summary-list">${rows.map((r) => row(r, onEdit))}</dl>
  </section>`;
}

const inDevice = (path: string) => ({ step: 'device' as const, path: `device.${path}` });
const inAddress = (path: string) => ({ step: 'address' as const, path });
/** The model's Change: recognised from the serial number, the model changes there. */
const modelChange = (draft: RepairDraft) => inDevice(draft.device?.identifiedBy === 'serial' ? 'serial' : 'model');

function productRows(v: SummaryView): Row[] {
  const device = v.draft.device ?? {};
  const rows: Row[] = [
    { key: msg('Model'), value: modelName(v.config, v.draft), ...modelChange(v.draft) },
  ];
  // Asked only when the product is identified by its serial number (or chosen among the customer's products).
  if (device.serial) rows.push({ key: msg('Serial number'), value: ltr(device.serial), ...inDevice('serial') });
  rows.push(...planRows(v));
  return rows;
}

/** The proof of purchase and the photos: optional, asked for a repair. */
function evidenceRows(v: SummaryView): Row[] {
  const m = v.draft.malfunction ?? {};
  const channel = v.config.purchaseChannels.find((c) => c.id === m.purchaseChannel);
  const rows: Row[] = [
    { key: msg('Purchase channel'), value: orNotProvided(channel && channelLabel(channel)), ...inMalfunction('purchaseChannel') },
    { key: msg('Date of receipt'), value: orNotProvided(m.receivedOn && formatDate(m.receivedOn, v.locale)), ...inMalfunction('receivedOn') },
    {
      key: msg('Proof of purchase'),
      value: orNotProvided(m.proofOfPurchase && html`<span class="break">${m.proofOfPurchase.name}</span>`),
      ...inMalfunction('proofOfPurchase'),
    },
  ];
  // Each photo by the name the customer gave it, without the extension of the type it was written again as
  // (IMG_1234.HEIC was chosen, IMG_1234.webp is sent: the summary says IMG_1234).
  const photos = photoLines(v.config, m.photos, v.locale, (file) => withoutExtension(file.name));
  // The photos screen is asked only when a chosen problem asks for photos.
  const asked = shotsFor(v.config, m.issues).length > 0;
  if (photos.length || asked) {
    rows.splice(0, 0, {
      key: msg('Photos'), value: orNotProvided(photos.length > 0 && html`<span class="break">${lines(photos)}</span>`), ...inMalfunction('photos'),
    });
  }
  return rows;
}

function caseRows(v: SummaryView): Row[] {
  const m = v.draft.malfunction ?? {};
  const rows: Row[] = [
    { key: msg('Service type'), value: m.serviceType ? serviceTypeLabel(m.serviceType) : '', ...inMalfunction('serviceType') },
  ];
  if (v.sections.repair) {
    rows.push(
      { key: msg('Problems'), value: issuesText(v.config, v.draft, v.locale), ...inMalfunction('issues') },
      { key: msg('Problem description'), value: html`<span class="description">${auto(m.description ?? '')}</span>`, ...inMalfunction('description') },
      { key: msg('Online support contacted'), value: yesNo(m.supportContacted), ...inMalfunction('supportContacted') },
      ...evidenceRows(v),
    );
  }
  rows.push(...crashRows(v), ...analysisRequestRows(v), ...accidentRows(v));
  return rows;
}

function partsRows(v: SummaryView): Row[] {
  const kind = v.draft.parts?.kind;
  return [
    { key: msg('Product'), value: modelName(v.config, v.draft), ...modelChange(v.draft) },
    { key: msg('What you send'), value: kind ? partKindLabel(kind) : '', step: 'parts', path: 'parts.kind' },
  ];
}

function logisticsRows(v: SummaryView): Row[] {
  const answers = v.draft.address;
  const address = answers?.returnAddress;
  const centre = centreFor(v.config, v.draft);
  const rows: Row[] = [{ key: msg('Return address'), value: lines(addressLines(address, v.locale)), ...inAddress('address') }];
  if (address?.phone) rows.push({ key: msg('Phone'), value: ltr(address.phone), ...inAddress('address') });
  if (answers?.email) {
    const value = html`<span class="break">${ltr(answers.email)}</span>`;
    // The host's e-mail was not asked, so it cannot be changed here.
    rows.push(v.emailFromHost ? { key: msg('E-mail'), value } : { key: msg('E-mail'), value, ...inAddress('address.email') });
  }
  rows.push({ key: msg('VAT number'), value: orNotProvided(answers?.vatNumber && ltr(answers.vatNumber)), ...inAddress('address.vatNumber') });
  // Follows from the zone: not a question, no Change.
  if (centre) rows.push({ key: msg(str`${v.config.brand.name} repair centre address`), value: lines(centreLines(centre, v.locale)) });
  return rows;
}

/** A step's section: its id (for ids in the page), title and rows. */
interface SectionSpec { id: string; title: () => string; rows: (v: SummaryView) => Row[] }

/** One section per step whose answers the summary shows (see the step registry), in the steps' order. */
const SECTIONS: Record<SummarisedStep, SectionSpec> = {
  device: { id: 'product', title: () => msg('Product information'), rows: productRows },
  malfunction: { id: 'case', title: () => msg('Case information'), rows: caseRows },
  parts: { id: 'parts', title: () => msg('Products to send'), rows: partsRows },
  address: { id: 'logistics', title: () => msg('Logistics information'), rows: logisticsRows },
};

/** The sections of the summary. `onEdit` opens a step on the field to change. */
export function summarySections(v: SummaryView, onEdit: EditAction) {
  return STEPS.filter((step): step is SummarisedStep => (STEP_REGISTRY[step] as StepEntry).summarised !== false).map((step) => {
    const spec = SECTIONS[step];
    return section(spec.id, spec.title(), spec.rows(v), onEdit);
  });
}
