/**
 * "Check your answers": the request in the guide's four sections, each a
 * heading, a GOV.UK summary list and an Edit action that opens its step.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import type { RepairConfig } from '../../config/config-schema.js';
import type { Sections } from '../../flow/flow.js';
import { centreLines, channelLabel, conditionLabel, crashCauseLabel, environmentLabel, partKindLabel, serviceTypeLabel } from '../../i18n/answer-labels.js';
import { STEPS, type StepId } from '../../schema/options.js';
import { STEP_REGISTRY, type StepEntry, type SummarisedStep } from '../registry.js';
import type { RepairDraft } from '../../schema/request.js';
import { addressLines, centreFor, formatDate, issuesText, modelName, yesNo } from './answers.js';
import { auto, isolatedLines as lines, ltr } from '../../i18n/bidi.js';
import { photoLines } from '../malfunction/shot-labels.js';

export interface SummaryView {
  draft: RepairDraft;
  config: RepairConfig;
  sections: Partial<Sections>;
  locale: string;
}

type Value = string | TemplateResult;
interface Row { key: string; value: Value }


/** Opens a step to change its answers, on the screen that asks `path` when given. */
export type EditAction = (step: StepId, path?: string) => void;

function section(id: string, title: string, editName: string, step: StepId, rows: Row[], onEdit: () => void) {
  return html`<section class="summary-section" aria-labelledby="${id}-title">
    <div class="summary-header">
      <h3 id="${id}-title">${title}</h3>
      <button type="button" class="link-button edit" @click=${onEdit}>
        ${msg('Edit')}<span class="visually-hidden"> ${editName}</span></button>
    </div>
    <dl class="summary-list">
      ${rows.map((row) => html`<div class="summary-row"><dt>${row.key}</dt><dd>${row.value}</dd></div>`)}
    </dl>
  </section>`;
}

function productRows(v: SummaryView): Row[] {
  const device = v.draft.device ?? {};
  const m = v.draft.malfunction ?? {};
  const rows: Row[] = [
    { key: msg('Model'), value: modelName(v.config, v.draft) },
    { key: msg('Serial number'), value: device.serial ? ltr(device.serial) : msg('Not provided') },
    { key: msg('Service plan'), value: m.servicePlan ? v.config.brand.servicePlan : msg('Not available') },
  ];
  if (v.sections.express && m.aircraftSerial) {
    rows.push({ key: v.config.brand.expressService, value: msg(str`Aircraft serial number: ${ltr(m.aircraftSerial)}`) });
  }
  return rows;
}

function analysisValue(v: SummaryView) {
  if (!v.sections.analysisOffer) return msg('Optional');
  return v.draft.malfunction?.dataAnalysis === 'requested' ? msg('Requested') : msg('Declined');
}

function caseRows(v: SummaryView): Row[] {
  const m = v.draft.malfunction ?? {};
  const rows: Row[] = [
    { key: msg('Service type'), value: m.serviceType ? serviceTypeLabel(m.serviceType) : '' },
    {
      key: msg('Problem description'),
      value: html`<span class="issues">${issuesText(v.config, v.draft, v.locale)}</span>
        <span class="description">${auto(m.description ?? '')}</span>`,
    },
    { key: msg('Data analysis'), value: analysisValue(v) },
  ];
  if (v.sections.crash && m.crashCause) rows.push({ key: msg('Cause of the accident'), value: crashCauseLabel(m.crashCause) });
  if (v.sections.analysisDetails) {
    if (m.accidentDate) rows.push({ key: msg('Date of the accident'), value: formatDate(m.accidentDate, v.locale) });
    if (m.flightEnvironment) rows.push({ key: msg('Flight environment'), value: environmentLabel(m.flightEnvironment) });
    if (m.abnormalCondition) rows.push({ key: msg('Abnormal condition'), value: conditionLabel(m.abnormalCondition) });
    if (m.flightAccount) rows.push({ key: msg('Account used during the flight'), value: m.flightAccount });
    rows.push({ key: msg('Flight data synced'), value: yesNo(m.flightDataSynced) });
    if (m.videoUrl) rows.push({ key: msg('Video link'), value: html`<span class="break">${m.videoUrl}</span>` });
  }
  const channel = v.config.purchaseChannels.find((c) => c.id === m.purchaseChannel);
  if (channel) rows.push({ key: msg('Purchase channel'), value: channelLabel(channel) });
  if (m.receivedOn) rows.push({ key: msg('Date of receipt'), value: formatDate(m.receivedOn, v.locale) });
  if (m.proofOfPurchase) rows.push({ key: msg('Proof of purchase'), value: html`<span class="break">${m.proofOfPurchase.name}</span>` });
  const photos = photoLines(v.config, m.photos, v.locale);
  if (photos.length) rows.push({ key: msg('Photos'), value: html`<span class="break">${lines(photos)}</span>` });
  return rows;
}

function partsRows(v: SummaryView): Row[] {
  const kind = v.draft.parts?.kind;
  return [
    { key: msg('Product'), value: modelName(v.config, v.draft) },
    { key: msg('What you send'), value: kind ? partKindLabel(kind) : '' },
  ];
}

function logisticsRows(v: SummaryView): Row[] {
  const address = v.draft.address?.returnAddress;
  const centre = centreFor(v.config, v.draft);
  const rows: Row[] = [{ key: msg('Return address'), value: lines(addressLines(address, v.locale)) }];
  if (address?.phone) rows.push({ key: msg('Phone'), value: ltr(address.phone) });
  if (v.draft.address?.email) rows.push({ key: msg('E-mail'), value: html`<span class="break">${ltr(v.draft.address.email)}</span>` });
  if (v.draft.address?.vatNumber) rows.push({ key: msg('VAT number'), value: v.draft.address.vatNumber });
  if (centre) rows.push({ key: msg(str`${v.config.brand.name} repair centre address`), value: lines(centreLines(centre, v.locale)) });
  return rows;
}

/**
 * A step's section: its id (for ids in the page), title, the Edit action's hidden name, rows, and the
 * field its rows start with, whose screen Edit opens in a step asked in several screens.
 */
interface SectionSpec { id: string; title: () => string; editName: () => string; rows: (v: SummaryView) => Row[]; field?: string }

/** One section per step whose answers the summary shows (see the step registry), in the steps' order. */
const SECTIONS: Record<SummarisedStep, SectionSpec> = {
  device: { id: 'product', title: () => msg('Product information'), editName: () => msg('product information'), rows: productRows },
  malfunction: { id: 'case', title: () => msg('Case information'), editName: () => msg('case information'), rows: caseRows, field: 'malfunction.serviceType' },
  parts: { id: 'parts', title: () => msg('Products to send'), editName: () => msg('products to send'), rows: partsRows },
  address: { id: 'logistics', title: () => msg('Logistics information'), editName: () => msg('logistics information'), rows: logisticsRows },
};

/** The sections of the summary. `onEdit` opens a step to change its answers. */
export function summarySections(v: SummaryView, onEdit: EditAction) {
  return STEPS.filter((step): step is SummarisedStep => (STEP_REGISTRY[step] as StepEntry).summarised !== false).map((step) => {
    const spec = SECTIONS[step];
    return section(spec.id, spec.title(), spec.editName(), step, spec.rows(v), () => onEdit(step, spec.field));
  });
}
