/**
 * Which photo shots the chosen problems ask for: plain data, no zod, so the
 * summary can tell whether the photos screen was asked without the photo rules.
 */
import type { RepairConfig, Shot } from '../config/config-schema.js';

/** The shots asked for by these issues, each once, in the catalogue's order. */
export function shotsFor(config: RepairConfig, issues: readonly string[] | undefined): Shot[] {
  const shots = new Map<string, Shot>();
  for (const group of config.issueGroups) {
    for (const issue of group.issues) {
      if (issues?.includes(issue.id)) for (const shot of issue.shots ?? []) if (!shots.has(shot.id)) shots.set(shot.id, shot);
    }
  }
  return [...shots.values()];
}

/** The photos of the shots the chosen issues ask for, by shot id (undefined when none is left). */
export function askedPhotos<F>(config: RepairConfig, m: { issues?: readonly string[] | undefined; photos?: Record<string, F[]> | undefined }) {
  const kept = shotsFor(config, m.issues).filter((s) => m.photos?.[s.id]?.length).map((s) => [s.id, m.photos![s.id]!] as const);
  return kept.length ? Object.fromEntries(kept) as Record<string, F[]> : undefined;
}
