/**
 * `GET {base}/cases/{caseNumber}/case-form`, the customer's (after the same
 * check as the case itself): what `<repair-status>` needs to print the case
 * form again, as the confirmation printed it. The answers are the request as
 * it was stored (the customer's own, checked against the configuration; files
 * by name, size and type only); the configuration is the server's, the one the
 * answers were checked against, so the form names products, problems and the
 * repair centre as the customer saw them.
 */
import type { RepairConfig } from '../config/config-schema.js';
import type { FileMetadata } from '../schema/files.js';
import { FILE_FIELDS } from '../schema/files.js';
import type { StoredCase } from './store/types.js';

/** What the status page prints the case form from. */
export interface CaseFormView {
  caseNumber: string;
  /** When the request was received: the form's date. */
  receivedAt: string;
  /** The answers as they were sent. */
  answers: Record<string, unknown>;
  /** The configuration the answers were checked against (its labels, zones, repair centres). */
  config: RepairConfig;
  /** The status page's link to the case as printed (no access token: the form travels in the parcel), when the server knows the page. */
  statusUrl?: string;
}

const isDescription = (v: unknown): v is FileMetadata => !!v && typeof v === 'object' && typeof (v as FileMetadata).size === 'number';

/** A file field's value with each description cut to its name, size and type (no reference to a file sent ahead). */
function described(value: unknown): unknown {
  if (isDescription(value)) return { name: value.name, size: value.size, type: value.type };
  if (Array.isArray(value)) return value.map(described);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, described(v)]));
  return value;
}

/** The stored request with its file descriptions cut to what the customer gave. */
function answersOf(request: unknown): Record<string, unknown> {
  const answers = structuredClone((request ?? {}) as Record<string, unknown>);
  for (const field of FILE_FIELDS) {
    const path = field.split('.');
    const key = path.pop()!;
    const parent = path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), answers);
    if (parent && typeof parent === 'object' && key in parent) {
      (parent as Record<string, unknown>)[key] = described((parent as Record<string, unknown>)[key]);
    }
  }
  return answers;
}

/** The case form's content for the customer who owns `found`; `statusUrl` is the link to print, if any. */
export function caseFormView(found: StoredCase, config: RepairConfig, statusUrl: string | undefined): CaseFormView {
  return {
    caseNumber: found.caseNumber,
    receivedAt: found.receivedAt,
    answers: answersOf(found.request),
    config,
    ...(statusUrl ? { statusUrl } : {}),
  };
}
