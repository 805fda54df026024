/**
 * Files a reload could not keep (`lostFiles` of a draft kept as text: not sent
 * ahead), by widget, once the customer resumed the draft: each is named beside
 * its field (the proof of purchase, a photo's shot) to be attached again, until
 * the customer attaches a file there or starts over, and is saved with the
 * draft meanwhile, so a second reload names it again. Pure: no Lit, no DOM.
 */
import type { LostFile } from './drafts.js';

const byWidget = new WeakMap<object, readonly LostFile[]>();

/** Where a lost file goes back: its field, or for a photo its shot (`malfunction.photos.gimbal-close-up`). */
export const slotOf = (path: string) => path.replace(/\.\d+$/, '');

/** The widget's files to attach again (none once all are). */
export const lostFilesOf = (widget: object): readonly LostFile[] => byWidget.get(widget) ?? [];

/** Sets the widget's files to attach again (a resumed draft's; none when it starts over). */
export function setLostFiles(widget: object, files: readonly LostFile[] | undefined) {
  if (files?.length) byWidget.set(widget, files);
  else byWidget.delete(widget);
}

/** The customer attached a file in this slot: its files to attach again are no longer named. */
export const settleLostFiles = (widget: object, slot: string) =>
  setLostFiles(widget, lostFilesOf(widget).filter((file) => slotOf(file.path) !== slot));
