/**
 * The default configuration's first part: what the Device step reads (the
 * service zones and their countries, the catalogue, the serial numbers' help
 * link), so that the first step paints with it alone. The rest (repair
 * centres, issues and their photos, contacts, links, fee…) is in
 * `default-config.ts`, loaded with the checks right after the first paint;
 * `defaultConfig` there is the whole default, both parts.
 */
import type { DeviceConfig } from './config-schema.js';

/** The default service zones. */
export type DefaultZoneId = 'europe' | 'north-america' | 'latin-america' | 'asia-pacific' | 'oceania' | 'middle-east-africa' | 'china-mainland';

const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

const zones: { id: DefaultZoneId; countries: string[] }[] = [
  { id: 'europe', countries: [...EU, 'GB', 'CH', 'NO', 'IS', 'LI', 'AL', 'BA', 'ME', 'MK', 'RS', 'MD', 'UA'] },
  { id: 'north-america', countries: ['US', 'CA'] },
  { id: 'latin-america', countries: ['MX', 'BR', 'AR', 'CL', 'CO', 'PE', 'UY', 'CR', 'PA'] },
  { id: 'asia-pacific', countries: ['JP', 'KR', 'SG', 'MY', 'TH', 'ID', 'PH', 'VN', 'IN', 'HK', 'MO', 'TW'] },
  { id: 'oceania', countries: ['AU', 'NZ'] },
  { id: 'middle-east-africa', countries: ['AE', 'SA', 'QA', 'KW', 'BH', 'OM', 'IL', 'TR', 'EG', 'MA', 'ZA', 'KE', 'NG'] },
  { id: 'china-mainland', countries: ['CN'] },
];

/** The default configuration's Device step part (see `DeviceConfig`). */
export const deviceDefaults = {
  zones,
  categories: [{ id: 'drones' }, { id: 'handheld' }, { id: 'cameras' }, { id: 'accessories' }],
  serialFormats: [
    { id: 'aircraft', pattern: '^[0-9][0-9A-Z]{13}$', example: '0K1CG1R0A30059' },
    { id: 'handheld', pattern: '^[0-9A-Z]{14}$', example: '5XJDK2A0B10231' },
    { id: 'camera', pattern: '^[0-9A-Z]{14}$', example: '9RTAH3C0C80122' },
    { id: 'accessory', pattern: '^[0-9A-Z]{10,20}$', example: '3BZCL6100A0R8Z' },
  ],
  models: [
    { id: 'mavic-mini', name: 'Mavic Mini - The Everyday FlyCam', category: 'drones', serialFormat: 'aircraft', serialPrefixes: ['0K1C'] },
    { id: 'mini-2', name: 'DJI Mini 2', category: 'drones', serialFormat: 'aircraft', serialPrefixes: ['1WYC'] },
    { id: 'mini-3-pro', name: 'DJI Mini 3 Pro', category: 'drones', serialFormat: 'aircraft', serialPrefixes: ['1581'] },
    { id: 'mini-4-pro', name: 'DJI Mini 4 Pro', category: 'drones', serialFormat: 'aircraft', serialPrefixes: ['1585'] },
    { id: 'air-2s', name: 'DJI Air 2S', category: 'drones', serialFormat: 'aircraft', serialPrefixes: ['3N3B'] },
    { id: 'air-3', name: 'DJI Air 3', category: 'drones', serialFormat: 'aircraft', serialPrefixes: ['1587'] },
    { id: 'mavic-3', name: 'DJI Mavic 3', category: 'drones', serialFormat: 'aircraft', serialPrefixes: ['1581F'] },
    { id: 'mavic-3-pro', name: 'DJI Mavic 3 Pro', category: 'drones', serialFormat: 'aircraft', serialPrefixes: ['1588'] },
    { id: 'avata-2', name: 'DJI Avata 2', category: 'drones', serialFormat: 'aircraft', serialPrefixes: ['1589'] },
    { id: 'phantom-4-pro-v2', name: 'Phantom 4 Pro V2.0', category: 'drones', serialFormat: 'aircraft', serialPrefixes: ['0AXD'] },
    { id: 'inspire-3', name: 'DJI Inspire 3', category: 'drones', serialFormat: 'aircraft', serialPrefixes: ['1ZNB'] },
    { id: 'osmo-mobile-6', name: 'Osmo Mobile 6', category: 'handheld', serialFormat: 'handheld', serialPrefixes: ['5XJD'] },
    { id: 'rs-4', name: 'DJI RS 4', category: 'handheld', serialFormat: 'handheld', serialPrefixes: ['6QRA'] },
    { id: 'rs-3-mini', name: 'DJI RS 3 Mini', category: 'handheld', serialFormat: 'handheld', serialPrefixes: ['6QRM'] },
    { id: 'osmo-pocket-3', name: 'Osmo Pocket 3', category: 'handheld', serialFormat: 'handheld', serialPrefixes: ['5YPK'] },
    { id: 'osmo-action-4', name: 'Osmo Action 4', category: 'cameras', serialFormat: 'camera', serialPrefixes: ['9RTA'] },
    { id: 'osmo-action-5-pro', name: 'Osmo Action 5 Pro', category: 'cameras', serialFormat: 'camera', serialPrefixes: ['9RTB'] },
    { id: 'osmo-360', name: 'Osmo 360', category: 'cameras', serialFormat: 'camera', serialPrefixes: ['9S36'] },
    { id: 'rc-n1', name: 'DJI RC-N1 Remote Controller', category: 'accessories', serialFormat: 'accessory', serialPrefixes: ['3BZC'] },
    { id: 'rc-2', name: 'DJI RC 2', category: 'accessories', serialFormat: 'accessory', serialPrefixes: ['3BZR'] },
    { id: 'goggles-3', name: 'DJI Goggles 3', category: 'accessories', serialFormat: 'accessory', serialPrefixes: ['4GGL'] },
    { id: 'mic-2', name: 'DJI Mic 2', category: 'accessories', serialFormat: 'accessory', serialPrefixes: ['8MIC'] },
  ],
  links: { serialHelp: 'https://www.dji.com/support/find-serial-number' },
} satisfies DeviceConfig;
