/**
 * `<repair-status>` (`repair-request/status`): registers the case-status
 * element, loaded on its own, apart from `<repair-request>`.
 */
export { RepairStatusElement } from './repair-status.js';
export type { CaseView, CaseEvent, Quote, Credential, StatusFailure } from './status-client.js';
