/**
 * Fixed choices of the request, as in the repair guide. Configurable lists
 * (zones, models, issues, channels) come from the configuration instead.
 */
export const STEPS = ['device', 'malfunction', 'parts', 'address', 'submit'] as const;
export type StepId = (typeof STEPS)[number];

export const IDENTIFY_BY = ['owned', 'serial', 'model'] as const;
export const SERVICE_TYPES = ['repair', 'replacement'] as const;
export const EXPRESS_CHOICES = ['express', 'standard'] as const;
export const CRASH_CAUSES = ['product', 'user'] as const;
export const DATA_ANALYSIS = ['declined', 'requested'] as const;
export const FLIGHT_ENVIRONMENTS = [
  'city', 'suburb', 'seaside', 'indoors', 'plateau', 'desert', 'night', 'other',
] as const;
export const ABNORMAL_CONDITIONS = [
  'horizontal-speed', 'vertical-height', 'fall-without-collision', 'black-screen',
  'return-to-home', 'obstacle-avoidance', 'other',
] as const;
export const PART_KINDS = ['component', 'complete'] as const;
