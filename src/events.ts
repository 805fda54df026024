/**
 * The public events. Each bubbles and is composed, so a host can listen on the
 * element or any ancestor, and each has a typed `detail`.
 */
import type { StepId } from './schema/options.js';

export interface StepChangeDetail {
  /** The step now shown. */
  step: StepId;
  /** Its position, from 1. */
  index: number;
  /** The step shown before. */
  previous: StepId;
}

const init = <T>(detail: T) => ({ detail, bubbles: true, composed: true });

/** Fired after the visible step changed. */
export class RepairRequestStepChangeEvent extends CustomEvent<StepChangeDetail> {
  static readonly eventName = 'repair-request-step-change';
  constructor(detail: StepChangeDetail) {
    super(RepairRequestStepChangeEvent.eventName, init(detail));
  }
}

declare global {
  interface HTMLElementEventMap {
    'repair-request-step-change': RepairRequestStepChangeEvent;
  }
}
