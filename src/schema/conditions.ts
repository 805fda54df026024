/**
 * When a conditional part of the request applies. Shared by the schema (which
 * requires those fields) and the flow (which shows and prunes them), so the two
 * can never disagree. Pure.
 */
import type { RepairConfig } from '../config/config-schema.js';

interface MalfunctionLike {
  serviceType?: string | undefined;
  issues?: readonly string[] | undefined;
  servicePlan?: boolean | undefined;
  expressChoice?: string | undefined;
  crashCause?: string | undefined;
  dataAnalysis?: string | undefined;
}

export const conditions = {
  /** A repair (not a replacement, which is requested by e-mail): ask about the problem. */
  repair: (m: MalfunctionLike) => m.serviceType !== 'replacement',
  /** Crash damage is among the chosen issues: ask for the cause. */
  crash: (m: MalfunctionLike, config: RepairConfig) =>
    Array.isArray(m.issues) && m.issues.includes(config.crashIssue),
  /** The crash was product-related: offer flight-data analysis. */
  analysisOffer: (m: MalfunctionLike, config: RepairConfig) =>
    conditions.crash(m, config) && m.crashCause === 'product',
  /** Analysis requested: ask for the accident details. */
  analysisDetails: (m: MalfunctionLike, config: RepairConfig) =>
    conditions.analysisOffer(m, config) && m.dataAnalysis === 'requested',
  /** The customer has a service plan: offer the express path. */
  expressOffer: (m: MalfunctionLike) => m.servicePlan === true,
  /** The express path was confirmed: ask for the aircraft serial number. */
  express: (m: MalfunctionLike) => m.servicePlan === true && m.expressChoice === 'express',
};

/** The fields each conditional part owns; dropped from the request when it does not apply. */
export const CONDITIONAL_FIELDS = {
  repair: [
    'issues', 'description', 'supportContacted', 'purchaseChannel', 'receivedOn', 'proofOfPurchase', 'photos', 'servicePlan',
  ],
  crash: ['crashCause'],
  analysisOffer: ['dataAnalysis'],
  analysisDetails: [
    'accidentDate', 'flightEnvironment', 'abnormalCondition', 'flightAccount',
    'flightDataSynced', 'videoUrl',
  ],
  expressOffer: ['expressChoice'],
  express: ['aircraftSerial', 'expressConfirmed'],
} as const satisfies Record<keyof typeof conditions, readonly string[]>;
