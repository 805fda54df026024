/**
 * The answers of the conditional parts of the request (service plan and
 * express service, crash cause, flight-data analysis and the accident), as
 * rows of a question and its answer: the summary lists them with a Change
 * button, the printed case form as they are.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import type { RepairConfig } from '../../config/config-schema.js';
import type { Sections } from '../../flow/flow.js';
import { conditionLabel, crashCauseLabel, environmentLabel } from '../../i18n/answer-labels.js';
import type { StepId } from '../../schema/options.js';
import type { RepairDraft } from '../../schema/request.js';
import { formatDate, yesNo } from './answers.js';
import { ltr } from '../../i18n/bidi.js';

export type Value = string | TemplateResult;
/** An answer: its question, the answer in words, and where it is asked (no Change for what was not asked). */
export interface Row { key: string; value: Value; step?: StepId; path?: string }

/** What the rows read: the answers as sent, and the sections that apply to them. */
export interface RowsView {
  draft: RepairDraft;
  config: RepairConfig;
  sections: Partial<Sections>;
  locale: string;
}

/** An optional answer left empty. */
export const orNotProvided = (value: Value | undefined | false) => value || msg('Not provided');

export const inMalfunction = (path: string) => ({ step: 'malfunction' as const, path: `malfunction.${path}` });

/** The service plan (asked for a repair) and, for a plan holder, the express service with the aircraft's serial number. */
export function planRows(v: RowsView): Row[] {
  const m = v.draft.malfunction ?? {};
  const rows: Row[] = [];
  if (v.sections.repair) {
    rows.push({ key: msg('Service plan'), value: m.servicePlan ? v.config.brand.servicePlan : msg('No service plan'), ...inMalfunction('servicePlan') });
  }
  if (v.sections.express && m.aircraftSerial) {
    rows.push({
      key: v.config.brand.expressService, value: msg(str`Aircraft serial number: ${ltr(m.aircraftSerial)}`), ...inMalfunction('aircraftSerial'),
    });
  } else if (v.sections.expressOffer && m.expressChoice === 'standard') {
    // Offered to a plan holder, who chose the standard request.
    rows.push({ key: v.config.brand.expressService, value: msg('Not used'), ...inMalfunction('expressChoice') });
  }
  return rows;
}

/** The cause of a crash, asked when crash damage is among the problems (none otherwise). */
export function crashRows(v: RowsView): Row[] {
  const m = v.draft.malfunction ?? {};
  return v.sections.crash
    ? [{ key: msg('Cause of the accident'), value: m.crashCause ? crashCauseLabel(m.crashCause) : '', ...inMalfunction('crashCause') }]
    : [];
}

/** Whether flight-data analysis was requested: offered only for a product-related crash (none otherwise). */
export function analysisRequestRows(v: RowsView): Row[] {
  const m = v.draft.malfunction ?? {};
  return v.sections.analysisOffer
    ? [{ key: msg('Data analysis'), value: m.dataAnalysis === 'requested' ? msg('Requested') : msg('Declined'), ...inMalfunction('dataAnalysis') }]
    : [];
}

/** The accident's details, asked when the customer requested flight-data analysis (none otherwise). */
export function accidentRows(v: RowsView): Row[] {
  if (!v.sections.analysisDetails) return [];
  const m = v.draft.malfunction ?? {};
  return [
    { key: msg('Date of the accident'), value: orNotProvided(m.accidentDate && formatDate(m.accidentDate, v.locale)), ...inMalfunction('accidentDate') },
    { key: msg('Flight environment'), value: orNotProvided(m.flightEnvironment && environmentLabel(m.flightEnvironment)), ...inMalfunction('flightEnvironment') },
    { key: msg('Abnormal condition'), value: orNotProvided(m.abnormalCondition && conditionLabel(m.abnormalCondition)), ...inMalfunction('abnormalCondition') },
    { key: msg('Account used during the flight'), value: orNotProvided(m.flightAccount && ltr(m.flightAccount)), ...inMalfunction('flightAccount') },
    { key: msg('Flight data synced'), value: yesNo(m.flightDataSynced), ...inMalfunction('flightDataSynced') },
    { key: msg('Video link'), value: orNotProvided(m.videoUrl && html`<span class="break">${ltr(m.videoUrl)}</span>`), ...inMalfunction('videoUrl') },
  ];
}
