/**
 * Telling of a stored contact message: the handler's `contact.notify`, or the
 * `message` of its `notify` (the SMTP notifier's acknowledgement and workshop
 * copy). A failure is logged; the message stays stored.
 */
import type { MessageNotification } from './notify/types.js';
import type { RepairHandlerOptions } from './options.js';

/** Tells of a message; resolves whether it was told (false without a notifier, or when it failed). */
export function messageTeller(options: RepairHandlerOptions, logger: Pick<Console, 'error'> | undefined) {
  const notify = options.contact?.notify ?? options.notify?.message;
  return async (notification: MessageNotification): Promise<boolean> => {
    if (!notify) return false;
    try {
      await notify(notification);
      return true;
    } catch (error) {
      logger?.error(`[repair-request] the acknowledgement of message ${notification.reference} failed:`, error);
      return false;
    }
  };
}
