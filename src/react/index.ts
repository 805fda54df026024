/**
 * The `react` entry point: `<repair-request>` as a React component, made with
 * `@lit/react`. Properties (`config`, `ownedProducts`, `addresses`,
 * `serialLookup`…) are set as properties, not attributes, and the public
 * events are `on…` props with typed events.
 *
 * ```tsx
 * import { RepairRequest } from 'repair-request/react';
 *
 * <RepairRequest endpoint="/api/repair-requests" ownedProducts={products}
 *   onSuccess={(e) => console.log(e.detail.caseNumber)} />
 * ```
 *
 * Importing it registers the element (it imports the package's main entry).
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  RepairRequestElement,
  RepairRequestErrorEvent,
  RepairRequestStepChangeEvent,
  RepairRequestSubmitEvent,
  RepairRequestSuccessEvent,
} from '../index.js';

const event = <E extends Event>(type: { eventName: string } & (abstract new (...args: never[]) => E)) =>
  type.eventName as EventName<E>;

/** The React props that listen to the widget's public events. */
export const eventProps = {
  /** `repair-request-step-change`: after the visible step changed. */
  onStepChange: event(RepairRequestStepChangeEvent),
  /** `repair-request-submit`: before the request is sent; `preventDefault()` to send it yourself. */
  onSubmit: event(RepairRequestSubmitEvent),
  /** `repair-request-success`: the endpoint stored the request. */
  onSuccess: event(RepairRequestSuccessEvent),
  /** `repair-request-error`: an attempt failed, or a submission failed for good or cannot be made. */
  onError: event(RepairRequestErrorEvent),
} as const;

/** `<repair-request>` for React. */
export const RepairRequest = createComponent({
  react: React,
  tagName: 'repair-request',
  elementClass: RepairRequestElement,
  events: eventProps,
  displayName: 'RepairRequest',
});

export type RepairRequestProps = React.ComponentProps<typeof RepairRequest>;

export * from '../index.js';
