/**
 * Crash damage: the customer's view of the cause, the flight-data analysis
 * offer when the product is blamed and, for an analysis, the accident's date
 * (one screen); where the accident happened and what went wrong before it (the
 * next), then the flight data (the last).
 */
import { html, nothing } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { conditionLabel, environmentLabel } from '../../i18n/answer-labels.js';
import {
  ABNORMAL_CONDITIONS, FLIGHT_ENVIRONMENTS,
} from '../../schema/options.js';
import { dateInput } from '../../ui/date-input.js';
import { checkbox, radioGroup, textField } from '../../ui/fields.js';
import { helpLink, path, type MalfunctionView } from './view.js';
import { ltr } from '../../i18n/bidi.js';

function analysisOffer(v: MalfunctionView) {
  return radioGroup({
    path: path('dataAnalysis'),
    label: msg('Do you want to request a data analysis?'),
    hint: html`${msg(str`${v.config.brand.name} offers a data analysis service for products under warranty to determine the cause of the accident. This adds 3 to 5 business days to processing.`)}
      ${helpLink(v.config.links.dataAnalysisHelp, msg('How data analysis works'))}`,
    value: v.m.dataAnalysis,
    error: v.error('dataAnalysis'),
    inline: true,
    options: [
      { value: 'declined', label: msg('No, thanks') },
      { value: 'requested', label: msg('Request data analysis') },
    ],
    onChange: (value) => v.set({ dataAnalysis: value }),
  });
}

function flightAnswers(v: MalfunctionView) {
  return html`${radioGroup({
    path: path('flightEnvironment'),
    label: msg('Flight environment where the accident happened'),
    value: v.m.flightEnvironment,
    error: v.error('flightEnvironment'),
    inline: true,
    options: FLIGHT_ENVIRONMENTS.map((id) => ({ value: id, label: environmentLabel(id) })),
    onChange: (value) => v.set({ flightEnvironment: value }),
  })}
  ${radioGroup({
    path: path('abnormalCondition'),
    label: msg('Abnormal condition before the accident'),
    value: v.m.abnormalCondition,
    error: v.error('abnormalCondition'),
    options: ABNORMAL_CONDITIONS.map((id) => ({ value: id, label: conditionLabel(id) })),
    onChange: (value) => v.set({ abnormalCondition: value }),
  })}`;
}

/** The account, the synced flight records and a video of the accident, for the analysis. */
export function flightDataSection(v: MalfunctionView) {
  const brand = v.config.brand.name;
  return html`<section aria-labelledby="flight-title">
  <h3 id="flight-title">${msg('Flight data for the analysis')}</h3>
  ${textField({
    path: path('flightAccount'),
    type: 'email',
    label: msg(str`${brand} account used during the flight`),
    hint: msg(str`For example, ${ltr(v.support.email)}`),
    value: v.m.flightAccount,
    autocomplete: 'email',
    spellcheck: false,
    error: v.error('flightAccount'),
    onInput: (value) => v.set({ flightAccount: value || undefined }),
    onChange: (value) => v.set({ flightAccount: value.trim() || undefined }),
  })}
  <div class="panel sync-steps">
    <p>${msg('Sync your flight records so that our engineer can analyse them in time:')}</p>
    <ol>
      <li>${msg('In the app, go to the home screen and open the menu (three lines) at the top right.')}</li>
      <li>${msg('Choose Flight Records.')}</li>
      <li>${msg('Tap the cloud icon at the top right to sync.')}</li>
    </ol>
  </div>
  ${checkbox({
    path: path('flightDataSynced'),
    label: msg('I have synced my flight data.'),
    hint: helpLink(v.config.links.flightDataSyncHelp, msg('How to sync my flight data')),
    checked: v.m.flightDataSynced === true,
    error: v.error('flightDataSynced'),
    onChange: (checked) => v.set({ flightDataSynced: checked }),
  })}
  ${textField({
    path: path('videoUrl'),
    type: 'url',
    label: msg('Video link'),
    optional: true,
    hint: html`${msg('A video of the accident makes the analysis more accurate. Upload it to a file-sharing service, then paste the link here.')}
      ${helpLink(v.config.links.videoUploadHelp, msg('How to upload a video'))}`,
    value: v.m.videoUrl,
    inputmode: 'url',
    spellcheck: false,
    error: v.error('videoUrl'),
    onInput: (value) => v.set({ videoUrl: value || undefined }),
    onChange: (value) => v.set({ videoUrl: value.trim() || undefined }),
  })}
  </section>`;
}

function accidentDate(v: MalfunctionView) {
  return dateInput({
    path: path('accidentDate'),
    label: msg('Date of the accident'),
    locale: v.locale,
    value: v.m.accidentDate,
    error: v.error('accidentDate'),
    onChange: (value) => v.set({ accidentDate: value }),
  });
}

/** Where the accident happened and what went wrong before it, for the analysis. */
export function analysisSection(v: MalfunctionView) {
  return html`<section aria-labelledby="analysis-title">
    <h3 id="analysis-title">${msg('Accident details for the analysis')}</h3>
    ${flightAnswers(v)}
  </section>`;
}

export function crashSection(v: MalfunctionView) {
  return html`<section aria-labelledby="accident-title">
    <h3 id="accident-title">${msg('About the accident')}</h3>
    ${radioGroup({
      path: path('crashCause'),
      label: msg('In your estimation, what caused the accident?'),
      hint: helpLink(v.config.links.crashCauseHelp, msg('What should I choose?')),
      value: v.m.crashCause,
      error: v.error('crashCause'),
      inline: true,
      options: [
        { value: 'product', label: msg('Product-related problem') },
        { value: 'user', label: msg('User-related problem') },
      ],
      onChange: (value) => v.set({ crashCause: value }),
    })}
    ${v.sections.analysisOffer ? analysisOffer(v) : nothing}
    ${v.sections.analysisDetails ? accidentDate(v) : nothing}
  </section>`;
}
