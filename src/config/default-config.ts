/**
 * The default configuration: reproduces the repair guide the widget was
 * designed from (a drone maker's European online repair request). Hosts
 * replace any part of it through the `config` property.
 */
import type { RepairConfig } from './config-schema.js';

const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

export const defaultConfig: RepairConfig = {
  brand: { name: 'DJI', servicePlan: 'DJI Care', expressService: 'DJI Care Refresh Express' },
  zones: [
    {
      id: 'europe',
      countries: [...EU, 'GB', 'CH', 'NO', 'IS', 'LI', 'AL', 'BA', 'ME', 'MK', 'RS', 'MD', 'UA'],
      centre: { name: 'DJI REPAIR DEPT', lines: ['Bijldorp-Oost 6', '2992LA Barendrecht'], country: 'NL' },
    },
    {
      id: 'north-america',
      countries: ['US', 'CA'],
      centre: { name: 'DJI Service Center', lines: ['17301 Edwards Rd', 'Cerritos, CA 90703'], country: 'US' },
    },
    {
      id: 'latin-america',
      countries: ['MX', 'BR', 'AR', 'CL', 'CO', 'PE', 'UY', 'CR', 'PA'],
      centre: { name: 'DJI Service Center LATAM', lines: ['Av. Paulista 1000', '01310-100 São Paulo – SP'], country: 'BR' },
    },
    {
      id: 'asia-pacific',
      countries: ['JP', 'KR', 'SG', 'MY', 'TH', 'ID', 'PH', 'VN', 'IN', 'HK', 'MO', 'TW'],
      centre: { name: 'DJI Service Center APAC', lines: ['1 Changi Business Park Ave 1', 'Singapore 486058'], country: 'SG' },
    },
    {
      id: 'oceania',
      countries: ['AU', 'NZ'],
      centre: { name: 'DJI Service Center Oceania', lines: ['2 Burrows Road', 'Alexandria NSW 2015'], country: 'AU' },
    },
    {
      id: 'middle-east-africa',
      countries: ['AE', 'SA', 'QA', 'KW', 'BH', 'OM', 'IL', 'TR', 'EG', 'MA', 'ZA', 'KE', 'NG'],
      centre: { name: 'DJI Service Center MEA', lines: ['Dubai Airport Freezone, Building 6W', 'Dubai'], country: 'AE' },
    },
    {
      id: 'china-mainland',
      countries: ['CN'],
      centre: { name: 'DJI 售后服务中心', lines: ['深圳市南山区仙元路55号', '大疆天空之城'], country: 'CN' },
    },
  ],
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
  issueGroups: [
    {
      id: 'hardware',
      issues: [
        { id: 'water-damage' },
        { id: 'gimbal-camera', shots: [{ id: 'gimbal-close-up' }] },
        { id: 'remote-controller' }, { id: 'scratches-cracks' },
        { id: 'battery', shots: [{ id: 'battery-damage' }] },
        { id: 'sensing-system' }, { id: 'compass-imu' },
        { id: 'propulsion', shots: [{ id: 'motors-propellers' }] },
        {
          id: 'crash-damage',
          shots: [
            { id: 'aircraft-top' }, { id: 'aircraft-bottom' },
            { id: 'arm-front-left' }, { id: 'arm-front-right' }, { id: 'arm-rear-left' }, { id: 'arm-rear-right' },
            { id: 'gimbal' }, { id: 'serial-label' },
          ],
        },
      ],
    },
    {
      id: 'software',
      issues: [
        { id: 'firmware-update' }, { id: 'accessory' }, { id: 'activation' },
        { id: 'intelligent-flight' }, { id: 'others' },
      ],
    },
  ],
  crashIssue: 'crash-damage',
  purchaseChannels: [
    { id: 'brand-online-store' }, { id: 'brand-retail-store' }, { id: 'authorised-retailer' },
    { id: 'online-marketplace' }, { id: 'carrier-or-bundle' }, { id: 'other' },
  ],
  support: {
    email: 'support.eu@dji.com',
    phone: '+33 1 76 54 12 34',
    chatUrl: 'https://www.dji.com/support/chat',
  },
  links: {
    serviceChoiceHelp: 'https://www.dji.com/support/repair-service-choice',
    crashCauseHelp: 'https://www.dji.com/support/crash-cause',
    dataAnalysisHelp: 'https://www.dji.com/support/flight-data-analysis',
    flightDataSyncHelp: 'https://www.dji.com/support/sync-flight-data',
    videoUploadHelp: 'https://www.dji.com/support/upload-video',
    serialHelp: 'https://www.dji.com/support/find-serial-number',
    expressInfo: 'https://www.dji.com/support/care-refresh-express',
    terms: 'https://www.dji.com/service/policy/online-repair-terms',
    tracking: 'https://www.dji.com/support/repair-progress',
    account: 'https://account.dji.com/cases',
  },
  partsLists: [
    { plan: 'DJI Care Refresh/Plus', url: 'https://www.dji.com/support/care-refresh-faq#5', faq: 5 },
    { plan: 'Enterprise Shield', url: 'https://www.dji.com/support/enterprise-shield-faq#8', faq: 8 },
  ],
  fee: { amount: 50, currency: 'EUR' },
  files: {
    maxBytes: 25 * 1024 * 1024,
    extensions: ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'png', 'jpg', 'jpeg', 'gif'],
  },
  description: { min: 10, max: 2000 },
};
