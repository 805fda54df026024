/**
 * The widget's internal events, from its parts to the shell: one typed map, so
 * a name and its detail cannot drift apart. They bubble up to the shell, which
 * stops them; none crosses the widget's shadow root (not composed).
 */
import type { SavedAddress } from '../schema/address.js';
import type { StepId } from '../schema/options.js';
import type { UnsavedAddress } from '../submit/drafts.js';
import type { ChangeDetail } from './step-element.js';

export interface InternalEvents {
  /** A step's answers changed. */
  'rr-change': ChangeDetail;
  /** The summary's Edit: open this step. */
  'rr-edit': { step: StepId; path?: string | undefined };
  /** A step in several screens shows another screen. */
  'rr-screen': undefined;
  /** Submit, or Try again. */
  'rr-submit': undefined;
  /** The Submit step's Previous. */
  'rr-back': undefined;
  /** Cancel the submission in progress. */
  'rr-cancel': undefined;
  /** Open the contact form. */
  'rr-open-contact': undefined;
  /** Close the contact form, back to the request. */
  'rr-close-contact': undefined;
  /** The customer's address book changed. */
  'rr-address-book': { addresses: SavedAddress[] };
  /** The address being typed, not saved to the book yet. */
  'rr-address-form': { form: UnsavedAddress | undefined };
  /** The endpoint's error on this field no longer holds (a file that could not be sent was sent since). */
  'rr-resolved': { path: string };
}

export type InternalEventName = keyof InternalEvents;
export type InternalEvent<K extends InternalEventName> = CustomEvent<InternalEvents[K]>;

/** An internal event, bubbling within the widget. */
export const internalEvent = <K extends InternalEventName>(
  name: K, ...detail: InternalEvents[K] extends undefined ? [] : [InternalEvents[K]]
): InternalEvent<K> => new CustomEvent(name, { detail: detail[0] as InternalEvents[K], bubbles: true });
