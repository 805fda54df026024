/**
 * Words for the answers of the later steps (issues, purchase channels, crash
 * details, parts, repair centres, address regions). Called at render time
 * only; a label given in the host configuration wins.
 */
import type { RepairCentre } from '../config/config-schema.js';
import { countryName, pick, type Labels } from './labels.js';
import { msg, str } from './msg.js';

const ISSUE_GROUPS: Labels = {
  hardware: () => msg('Hardware problem'),
  software: () => msg('Software and others'),
};
export const issueGroupLabel = (g: { id: string; label?: string | undefined }) => pick(ISSUE_GROUPS, g.id, g.label);

const ISSUES: Labels = {
  'water-damage': () => msg('Water damage'),
  'gimbal-camera': () => msg('Gimbal and camera malfunction'),
  'remote-controller': () => msg('Remote controller error'),
  'scratches-cracks': () => msg('Scratches or cracks'),
  'battery': () => msg('Battery malfunction'),
  'sensing-system': () => msg('Infrared and downward sensing error'),
  'compass-imu': () => msg('Compass or IMU malfunction'),
  'propulsion': () => msg('Propulsion error'),
  'crash-damage': () => msg('Crash damage'),
  'firmware-update': () => msg('Firmware update failure'),
  'accessory': () => msg('Accessory malfunction'),
  'activation': () => msg('Activation failure'),
  'intelligent-flight': () => msg('Intelligent flight mode error'),
  'others': () => msg('Others'),
};
export const issueLabel = (i: { id: string; label?: string | undefined }) => pick(ISSUES, i.id, i.label);

const CHANNELS: Labels = {
  'brand-online-store': () => msg('Official online store'),
  'brand-retail-store': () => msg('Official retail store'),
  'authorised-retailer': () => msg('Authorised retailer'),
  'online-marketplace': () => msg('Online marketplace'),
  'carrier-or-bundle': () => msg('Mobile carrier or bundle offer'),
  'other': () => msg('Other'),
};
export const channelLabel = (c: { id: string; label?: string | undefined }) => pick(CHANNELS, c.id, c.label);

const ENVIRONMENTS: Labels = {
  city: () => msg('City'),
  suburb: () => msg('Suburb'),
  seaside: () => msg('Seaside'),
  indoors: () => msg('Indoors'),
  plateau: () => msg('Plateau'),
  desert: () => msg('Desert'),
  night: () => msg('Night'),
  other: () => msg('Other'),
};
export const environmentLabel = (id: string) => pick(ENVIRONMENTS, id);

const CONDITIONS: Labels = {
  'horizontal-speed': () => msg('Uncontrolled horizontal speed'),
  'vertical-height': () => msg('No control of vertical height'),
  'fall-without-collision': () => msg('Fell without a collision'),
  'black-screen': () => msg('Black screen on the video downlink'),
  'return-to-home': () => msg('Return-to-home malfunction'),
  'obstacle-avoidance': () => msg('Obstacle avoidance malfunction'),
  'other': () => msg('Other'),
};
export const conditionLabel = (id: string) => pick(CONDITIONS, id);

/** A repair centre's address lines, its country named in the active locale. */
export const centreLines = (centre: RepairCentre, locale: string) =>
  [centre.name, ...centre.lines, ...(centre.country ? [countryName(centre.country, locale)] : [])];

/** A service plan's parts list: the host's wording, else "Parts for {plan}" and "FAQ no. {n}". */
export const partsListText = (list: { plan: string; label?: string | undefined; faq?: number | undefined; note?: string | undefined }) => ({
  label: list.label ?? msg(str`Parts for ${list.plan}`),
  note: list.note ?? (list.faq === undefined ? undefined : msg(str`FAQ no. ${list.faq}`)),
});

/** The service type, as shown in the summary and on the case form. */
const SERVICE_TYPE_LABELS: Labels = {
  repair: () => msg('Repair'),
  replacement: () => msg('Replacement'),
};
export const serviceTypeLabel = (id: string) => pick(SERVICE_TYPE_LABELS, id);

/** What is sent to the repair centre (the Parts step's choice). */
const PART_KINDS: Labels = {
  component: () => msg('Defective component'),
  complete: () => msg('Complete product set'),
};
export const partKindLabel = (id: string) => pick(PART_KINDS, id);

const CRASH_CAUSES: Labels = {
  product: () => msg('Product-related problem'),
  user: () => msg('User-related problem'),
};
export const crashCauseLabel = (id: string) => pick(CRASH_CAUSES, id);

const REGION_KINDS: Labels = {
  state: () => msg('State'),
  province: () => msg('Province'),
  region: () => msg('Region'),
  prefecture: () => msg('Prefecture'),
};
/** The word for a country's first-level division in addresses ("State", "Province"…). */
export const regionKindLabel = (kind: string) => pick(REGION_KINDS, kind);
