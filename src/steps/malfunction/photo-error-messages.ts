/**
 * Error words for the photos' limits, added to `errorMessage` on import
 * (with the photo section, in the Malfunction step's words).
 */
import { addErrorWords } from '../../i18n/error-messages.js';
import { formatNumber, formatSize } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import { photoLimits } from '../../schema/photos.js';

addErrorWords((code, config, locale) => {
  const limits = photoLimits(config);
  switch (code) {
    case 'photos_per_shot': return msg(str`Attach up to ${formatNumber(limits.perShot, locale)} photos of this view.`);
    case 'photos_total': return msg(str`Attach up to ${formatNumber(limits.total, locale)} photos in all.`);
    case 'photos_too_large': return msg(str`The photos must be ${formatSize(limits.totalBytes, locale)} or smaller together. Remove some photos.`);
    case 'photo_required': return msg('Attach at least one photo of this view.');
    // A file sent ahead that failed, or that another case holds after the widget sent it again.
    case 'upload_failed': case 'upload_claimed': case 'upload_wrong_field':
      return msg('This file could not be sent. Try again or remove it.');
    // The server no longer keeps a file sent ahead (expired) whose bytes the widget does not have (a reload).
    case 'upload_unknown': return msg('This file is no longer kept on our server. Remove it and attach it again.');
    default: return undefined;
  }
});
