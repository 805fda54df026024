/**
 * The Malfunction step's screens, declared once: in order, when each applies,
 * and which screen asks each field. A field added to the schema's Malfunction
 * part is a type error here until it is placed on a screen. Kept beside the
 * step (not in the step registry) so that it loads with the step's code and
 * adds nothing to the first step's download.
 */
import type { ScreenPlan } from '../../flow/screens.js';
import type { MalfunctionField } from './view.js';

export type MalfunctionScreen = 'problem' | 'description' | 'photos' | 'purchase' | 'plan' | 'accident' | 'analysis' | 'flight';

export const MALFUNCTION_SCREENS = {
  step: 'malfunction',
  screens: [
    { id: 'problem' }, // the service, then the problems
    { id: 'description', when: 'repair' }, // the description and online support
    { id: 'photos', when: 'photos' }, // photos of the damage, when a chosen problem asks for some (the step's own condition)
    { id: 'purchase', when: 'repair' }, // the proof of purchase
    { id: 'plan', when: 'repair' }, // the service plan and the express offer
    { id: 'accident', when: 'crash' }, // the cause of a crash, the analysis offer and, for an analysis, the date
    { id: 'analysis', when: 'analysisDetails' }, // where the accident happened and what went wrong before it
    { id: 'flight', when: 'analysisDetails' }, // the flight data and the video
  ],
  fields: {
    serviceType: 'problem',
    issues: 'problem',
    description: 'description',
    supportContacted: 'description',
    purchaseChannel: 'purchase',
    receivedOn: 'purchase',
    proofOfPurchase: 'purchase',
    photos: 'photos',
    servicePlan: 'plan',
    expressChoice: 'plan',
    aircraftSerial: 'plan',
    expressConfirmed: 'plan',
    crashCause: 'accident',
    dataAnalysis: 'accident',
    accidentDate: 'accident',
    flightEnvironment: 'analysis',
    abnormalCondition: 'analysis',
    flightAccount: 'flight',
    flightDataSynced: 'flight',
    videoUrl: 'flight',
  },
} as const satisfies ScreenPlan<MalfunctionScreen, MalfunctionField>;
