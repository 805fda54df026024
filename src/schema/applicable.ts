/**
 * What only a server has to refuse, because the widget never sends it: an
 * issue listed twice, and answers to questions that were never asked. The
 * widget sends a conditional field only when its section applies (see
 * `CONDITIONAL_FIELDS`), and a serial number only when the product is
 * identified by one; a server refuses the others with `not_applicable`
 * (`malfunction.crashCause` without the crash issue), so what it stores always
 * reads as the customer answered it. Pure.
 */
import * as z from 'zod/mini';
import type { RepairConfig } from '../config/config-schema.js';
import type { ErrorCode } from './codes.js';
import { CONDITIONAL_FIELDS, conditions } from './conditions.js';
import { shotsFor } from './shots.js';

interface RequestLike {
  device?: { identifiedBy?: string; serial?: unknown };
  malfunction?: Record<string, unknown>;
}

const NOT_APPLICABLE: ErrorCode = 'not_applicable';

const sections = Object.entries(CONDITIONAL_FIELDS) as [keyof typeof conditions, readonly string[]][];

/** An issue listed once only; one rule per conditional field: present only when its section applies. */
export function notApplicableChecks(config: RepairConfig) {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  const refuse = (path: string[], applies: (r: RequestLike) => boolean) =>
    z.refine<RequestLike>((r) => {
      if (!isObject(r)) return true;
      const parent = (r as Record<string, unknown>)[path[0]];
      return !isObject(parent) || parent[path[1]] === undefined || applies(r);
    }, { path, message: NOT_APPLICABLE, when: () => true });
  return [
    // The widget's checkboxes cannot send an issue twice.
    z.refine<RequestLike>((r) => {
      const issues = isObject(r) && isObject(r.malfunction) ? r.malfunction.issues : undefined;
      return !Array.isArray(issues) || new Set(issues).size === issues.length;
    }, { path: ['malfunction', 'issues'], message: 'invalid' satisfies ErrorCode, when: () => true }),
    refuse(['device', 'serial'], (r) => r.device?.identifiedBy !== 'model'),
    // Photos only of the shots the chosen issues ask for.
    z.refine<RequestLike>((r) => {
      const m = isObject(r) && isObject(r.malfunction) ? r.malfunction : undefined;
      if (!m || !isObject(m.photos)) return true;
      const asked = new Set(shotsFor(config, Array.isArray(m.issues) ? m.issues as string[] : []).map((s) => s.id));
      return Object.keys(m.photos).every((shot) => asked.has(shot));
    }, { path: ['malfunction', 'photos'], message: NOT_APPLICABLE, when: () => true }),
    ...sections.flatMap(([section, fields]) => fields.map((field) =>
      refuse(['malfunction', field], (r) => conditions[section](r.malfunction ?? {}, config)))),
  ];
}
