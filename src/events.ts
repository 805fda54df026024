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

import type { RepairRequest } from './schema/request.js';
import type { SubmitFailureReason } from './submit/types.js';

export interface SubmitDetail {
  /** The validated request about to be sent. */
  request: RepairRequest;
}

/**
 * Fired before the request is sent. Cancel it (`preventDefault()`) to send the
 * request yourself; the widget then sends nothing.
 */
export class RepairRequestSubmitEvent extends CustomEvent<SubmitDetail> {
  static readonly eventName = 'repair-request-submit';
  constructor(detail: SubmitDetail) {
    super(RepairRequestSubmitEvent.eventName, { ...init(detail), cancelable: true });
  }
}

export interface SuccessDetail {
  /** The case number the endpoint returned. */
  caseNumber: string;
  /** The endpoint's parsed response body. */
  response: unknown;
}

/** Fired when the endpoint stored the request. */
export class RepairRequestSuccessEvent extends CustomEvent<SuccessDetail> {
  static readonly eventName = 'repair-request-success';
  constructor(detail: SuccessDetail) {
    super(RepairRequestSuccessEvent.eventName, init(detail));
  }
}

export interface ErrorDetail {
  reason: SubmitFailureReason;
  message: string;
  /** The HTTP status, when the endpoint answered. */
  status?: number | undefined;
}

/** Fired when a submission failed or cannot be made. */
export class RepairRequestErrorEvent extends CustomEvent<ErrorDetail> {
  static readonly eventName = 'repair-request-error';
  constructor(detail: ErrorDetail) {
    super(RepairRequestErrorEvent.eventName, init(detail));
  }
}

declare global {
  interface HTMLElementEventMap {
    'repair-request-submit': RepairRequestSubmitEvent;
    'repair-request-success': RepairRequestSuccessEvent;
    'repair-request-error': RepairRequestErrorEvent;
  }
}
