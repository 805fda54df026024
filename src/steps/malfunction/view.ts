/**
 * What the Malfunction step's section templates receive: the answers so far,
 * the configuration, which conditional sections apply, and how to report a
 * change. The templates are pure functions of it; the step element owns state.
 */
import type { RepairConfig, SupportContacts } from '../../config/config-schema.js';
import type { Sections } from '../../flow/flow.js';
import type { MalfunctionFields } from '../../schema/request.js';

export type MalfunctionField = keyof MalfunctionFields;
export type MalfunctionPatch = Partial<MalfunctionFields>;

export interface MalfunctionView {
  m: MalfunctionPatch;
  config: RepairConfig;
  /** The support contacts of the zone chosen in the Device step (`supportFor`). */
  support: SupportContacts;
  sections: Partial<Sections>;
  locale: string;
  /** Today as YYYY-MM-DD, the latest date a date field accepts. */
  today: string;
  /** The localised error to show for a field, if any. */
  error: (field: MalfunctionField) => string | undefined;
  /** Reports a change (its errors show once Next is pressed). */
  set: (patch: MalfunctionPatch) => void;
}

/** The schema path of a Malfunction field, from which its DOM id derives. */
export const path = (field: MalfunctionField) => `malfunction.${field}`;

export { helpLink } from '../../ui/links.js';
export { formatNumber } from '../../i18n/format.js';
