/** A complete, valid repair request for the pure-module tests. */
import { defaultConfig } from '../../src/config/default-config.js';
import { createFlow } from '../../src/flow/flow.js';
import { addressRules } from '../../src/schema/address-rules.js';
import type { RepairDraft, RepairRequest } from '../../src/schema/request.js';

export const flow = createFlow(defaultConfig, { today: '2026-11-24', addressRules });

export const validDraft: RepairDraft = {
  device: { zone: 'europe', country: 'FR', identifiedBy: 'model', model: 'mavic-mini' },
  malfunction: { serviceType: 'repair', issues: ['gimbal-camera'], description: 'nothing works at all', supportContacted: true },
  parts: { kind: 'component' },
  address: {
    returnAddress: {
      recipient: 'Camille Martin', line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR', phone: '+33 1 23 45 67 89',
    },
    email: 'camille@example.com',
  },
  submit: { termsAccepted: true },
};

/** The validated request of `validDraft`, with optional Malfunction answers added. */
export function validRequest(extra: Partial<RepairRequest['malfunction']> = {}): RepairRequest {
  const parsed = flow.parse({ ...validDraft, malfunction: { ...validDraft.malfunction, ...extra } });
  if (!parsed.ok) throw new Error(`Test request is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.request;
}
