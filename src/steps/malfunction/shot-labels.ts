/**
 * The widget's words for the default catalogue's shots (what to photograph,
 * and how), used where the configuration gives no `label` or `hint` of its
 * own. Called at render time only. Used by the photo section, the summary and
 * the case form.
 */
import type { RepairConfig, Shot } from '../../config/config-schema.js';
import { formatList } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';

const armHint = () => msg('The whole arm with its motor, close enough to see cracks.');

const LABELS: Record<string, () => string> = {
  'aircraft-top': () => msg('The aircraft from above'),
  'aircraft-bottom': () => msg('The aircraft from below'),
  'arm-front-left': () => msg('The front left arm'),
  'arm-front-right': () => msg('The front right arm'),
  'arm-rear-left': () => msg('The rear left arm'),
  'arm-rear-right': () => msg('The rear right arm'),
  'gimbal': () => msg('The gimbal'),
  'serial-label': () => msg('The serial-number label'),
  'gimbal-close-up': () => msg('The gimbal, close up'),
  'battery-damage': () => msg('The battery'),
  'motors-propellers': () => msg('The motors and propellers'),
};

const HINTS: Record<string, () => string> = {
  'aircraft-top': () => msg('The whole aircraft, arms unfolded, on a plain surface.'),
  'aircraft-bottom': () => msg('Turn the aircraft over and show the whole underside.'),
  'arm-front-left': armHint,
  'arm-front-right': armHint,
  'arm-rear-left': armHint,
  'arm-rear-right': armHint,
  'gimbal': () => msg('The gimbal and camera, from the front and from the side.'),
  'serial-label': () => msg('Sharp enough to read every character.'),
  'gimbal-close-up': () => msg('Close enough to see any damage, in good light.'),
  'battery-damage': () => msg('Show any swelling, cracks or burn marks.'),
  'motors-propellers': () => msg('Each motor and propeller, close enough to see chips and bends.'),
};

/** What to photograph: the host's label, else the widget's words for a default shot, else its id. */
export const shotLabel = (shot: Pick<Shot, 'id' | 'label'>) => shot.label ?? LABELS[shot.id]?.() ?? shot.id;

/** How to take it: the host's hint, else the widget's words for a default shot. */
export const shotHint = (shot: Pick<Shot, 'id' | 'hint'>) => shot.hint ?? HINTS[shot.id]?.();

/**
 * A photo's name without its extension: the customer's own name, which the picture pipeline keeps when it writes
 * the photo again under its new type (`IMG_1234.HEIC` becomes `IMG_1234.webp`: `IMG_1234`).
 */
export const withoutExtension = (name: string) => name.replace(/\.[^./\\]*$/, '');

/**
 * The photos, one line per shot in the catalogue's order: "The gimbal, close up: a.webp and b.webp", each photo
 * named by `name` (default: the file's name, as stored).
 */
export function photoLines(
  config: RepairConfig, photos: Readonly<Record<string, readonly { name: string }[]>> | undefined, locale: string,
  name: (file: { name: string }) => string = (file) => file.name,
) {
  const shots = config.issueGroups.flatMap((g) => g.issues.flatMap((i) => i.shots ?? []));
  return Object.entries(photos ?? {}).filter(([, files]) => files.length).map(([id, files]) => {
    const label = shotLabel(shots.find((s) => s.id === id) ?? { id });
    return msg(str`${label}: ${formatList(files.map(name), locale)}`);
  });
}
