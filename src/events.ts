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

import type { FieldErrors } from './flow/flow.js';
import type { RepairRequest } from './schema/request.js';
import type { SubmitFailureReason } from './submit/types.js';

export interface SubmitDetail {
  /** The validated request about to be sent. */
  request: RepairRequest;
  /** The draft's idempotency key: send it as `Idempotency-Key` when sending the request yourself. */
  idempotencyKey: string;
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
  /**
   * `network` (no answer), `timeout`, `http` (an unexpected status), `validation`
   * (a `422` with field errors), `offline` (waiting for the connection),
   * `aborted` (cancelled) or `configuration` (no usable endpoint, or an invalid configuration).
   */
  reason: SubmitFailureReason;
  /** English, for logs. */
  message: string;
  /** The HTTP status, when the endpoint answered. */
  status?: number | undefined;
  /** The attempt that failed, from 1, and how many are allowed. */
  attempt?: number | undefined;
  maxAttempts?: number | undefined;
  /** Whether the widget tries again by itself (after a delay, or when the connection is back). */
  willRetry: boolean;
  /** With `validation`: the endpoint's error codes by field path. */
  fieldErrors?: FieldErrors | undefined;
}

/**
 * Fired when an attempt failed (`willRetry: true`: the widget goes on by
 * itself), and when a submission failed for good or cannot be made
 * (`willRetry: false`).
 */
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
