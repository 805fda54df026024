/**
 * The demo workshop page's reading of a case (`GET /api/cases/{n}` with the staff token):
 * the request as the customer's summary groups it (device, malfunction, parts, return
 * address, contact) and people's names for the groups of its files. Every value becomes
 * text (`textContent`), never HTML. Ids are named as the widget names them in English,
 * from the demo's configuration (the default catalogue); an id it does not know is shown as is.
 */
import { defaultConfig } from '../src/config/default-config.js';
import {
  channelLabel, conditionLabel, crashCauseLabel, environmentLabel, issueLabel, partKindLabel, serviceTypeLabel,
} from '../src/i18n/answer-labels.js';
import { countryName, zoneLabel } from '../src/i18n/labels.js';
import type { RepairDraft } from '../src/schema/request.js';
import { shotLabel } from '../src/steps/malfunction/shot-labels.js';
import { timeOf, type StaffEvent } from './workshop-history.js';

/** A file's metadata as the staff route lists it. */
export interface StaffFile { id: string; part: string; path?: string; name: string; size: number; type: string }

/** The case as the staff route returns it (the parts the page reads). */
export interface StaffCase {
  request: RepairDraft | null;
  email?: string;
  locale?: string;
  erasedAt?: string;
  files: StaffFile[];
  /** Every event stored for the case, oldest first. */
  events: StaffEvent[];
  status: string;
  next: string[];
}

type Rows = [question: string, answer: string | undefined][];

/** The name of the item `id` names in `list`; the id itself when the list does not have it. */
function named<T extends { id: string }>(list: readonly T[], id: string | undefined, name: (item: T) => string) {
  const item = list.find((i) => i.id === id);
  return item ? name(item) : id;
}
const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'Yes' : 'No');
const country = (code: string | undefined) => code && `${countryName(code, 'en')} (${code})`;
const ISSUES = defaultConfig.issueGroups.flatMap((g) => g.issues);
const SHOTS = ISSUES.flatMap((i) => i.shots ?? []);

/** The request's answers in groups, each group only with the answers given (a group with none is left out). */
export function requestGroups({ request, email, locale }: Pick<StaffCase, 'request' | 'email' | 'locale'>): [string, Rows][] {
  const { device: d = {}, malfunction: m = {}, parts: p = {}, address: a = {} } = request ?? {};
  const r = a.returnAddress;
  const groups: [string, Rows][] = [
    ['Device', [
      ['Product', named(defaultConfig.models, d.model, (model) => model.name)],
      ['Serial number', d.serial],
      ['Zone', named(defaultConfig.zones, d.zone, zoneLabel)],
      ['Country', country(d.country)],
    ]],
    ['Malfunction', [
      ['Service type', m.serviceType && serviceTypeLabel(m.serviceType)],
      ['Problems', m.issues?.map((id) => named(ISSUES, id, issueLabel)).join('; ')],
      ['Description', m.description],
      ['Support contacted', yesNo(m.supportContacted)],
      ['Purchase channel', named(defaultConfig.purchaseChannels, m.purchaseChannel, channelLabel)],
      ['Received on', m.receivedOn],
      ['Service plan', yesNo(m.servicePlan)],
      ['Express service', m.expressChoice && (m.expressChoice === 'express' ? 'Chosen' : 'Not used (standard request)')],
      ['Aircraft serial number (express)', m.aircraftSerial],
      ['Express terms confirmed', yesNo(m.expressConfirmed)],
      ['Cause of the accident', m.crashCause && crashCauseLabel(m.crashCause)],
      ['Flight-data analysis', m.dataAnalysis && (m.dataAnalysis === 'requested' ? 'Requested' : 'Declined')],
      ['Accident date', m.accidentDate],
      ['Flight environment', m.flightEnvironment && environmentLabel(m.flightEnvironment)],
      ['Abnormal condition', m.abnormalCondition && conditionLabel(m.abnormalCondition)],
      ['Flight account', m.flightAccount],
      ['Flight data synced', yesNo(m.flightDataSynced)],
      ['Video of the flight', m.videoUrl],
    ]],
    ['Parts sent', [['What is sent', p.kind && partKindLabel(p.kind)]]],
    ['Return address', [
      ['Recipient', r?.recipient],
      ['Address', r && [r.line1, r.line2].filter(Boolean).join(', ')],
      ['Postal code', r?.postalCode],
      ['City', r?.city],
      ['Region', r?.region],
      ['Country', country(r?.country)],
      ['Phone', r?.phone],
      ['VAT number', a.vatNumber],
    ]],
    ['Contact', [
      ['E-mail', a.email ?? email],
      ['Language', locale && `${new Intl.DisplayNames('en', { type: 'language' }).of(locale) ?? locale} (${locale})`],
    ]],
  ];
  return groups.map(([title, rows]): [string, Rows] => [title, rows.filter(([, answer]) => answer)]).filter(([, rows]) => rows.length);
}

/** Where a file belongs, for people: the proof of purchase, the damage photos of one shot (`malfunction.photos.<shot>.<n>`), the return label. */
export function fileGroup(file: Pick<StaffFile, 'part' | 'path'>) {
  if (file.part === 'photos') {
    const shot = file.path?.split('.')[2];
    return shot ? `Damage photos: ${named(SHOTS, shot, shotLabel)}` : 'Damage photos';
  }
  return ({ proofOfPurchase: 'Proof of purchase', label: 'Return label (sent by the workshop)' } as Record<string, string>)[file.part] ?? file.part;
}

/** The groups as headed description lists, every value as text. */
export function requestView(found: Pick<StaffCase, 'request' | 'email' | 'locale' | 'erasedAt'>): HTMLElement[] {
  const lists = requestGroups(found).map(([title, rows]) => {
    const group = document.createElement('div');
    const list = Object.assign(document.createElement('dl'), { className: 'answers' });
    for (const [question, answer] of rows) {
      list.append(Object.assign(document.createElement('dt'), { textContent: question }), Object.assign(document.createElement('dd'), { textContent: answer }));
    }
    group.append(Object.assign(document.createElement('h3'), { textContent: title }), list);
    return group;
  });
  const erased: HTMLElement[] = [];
  if (found.erasedAt) {
    const line = document.createElement('p');
    line.append('The customer\'s personal data was erased on ', timeOf(found.erasedAt), '; what the law requires is kept.');
    erased.push(line);
  }
  return [...erased, ...(lists.length ? lists : [Object.assign(document.createElement('p'), { textContent: 'Nothing of the request is kept.' })])];
}
