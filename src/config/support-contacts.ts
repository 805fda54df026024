/**
 * The support contacts a customer sees: those of the service zone they chose,
 * over the global ones. Pure: no Lit, no DOM.
 */
import type { RepairConfig, SupportContacts } from './config-schema.js';

/**
 * The support contacts of a zone: each contact the zone gives
 * (`zones[].support`), else the global one (`support`). The global contacts
 * when no zone is chosen yet, or the zone gives none.
 */
export function supportFor(config: Pick<RepairConfig, 'support' | 'zones'>, zoneId: string | undefined): SupportContacts {
  const own = config.zones.find((zone) => zone.id === zoneId)?.support;
  if (!own) return config.support;
  return {
    email: own.email ?? config.support.email,
    phone: own.phone ?? config.support.phone,
    chatUrl: own.chatUrl ?? config.support.chatUrl,
  };
}
