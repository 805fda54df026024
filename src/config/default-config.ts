/**
 * The default configuration: reproduces the repair guide the widget was
 * designed from (a drone maker's European online repair request). Hosts
 * replace any part of it through the `config` property.
 *
 * The whole default is the Device step's part (`device-defaults.ts`, in the
 * first chunk) and the later steps' parts here: the element loads this module
 * with the checks, right after the first paint.
 */
import type { RepairCentre, RepairConfig } from './config-schema.js';
import { deviceDefaults, type DefaultZoneId } from './device-defaults.js';

/** Each default zone's repair centre. */
const CENTRES: Record<DefaultZoneId, RepairCentre> = {
  europe: { name: 'DJI REPAIR DEPT', lines: ['Bijldorp-Oost 6', '2992LA Barendrecht'], country: 'NL' },
  'north-america': { name: 'DJI Service Center', lines: ['17301 Edwards Rd', 'Cerritos, CA 90703'], country: 'US' },
  'latin-america': { name: 'DJI Service Center LATAM', lines: ['Av. Paulista 1000', '01310-100 São Paulo – SP'], country: 'BR' },
  'asia-pacific': { name: 'DJI Service Center APAC', lines: ['1 Changi Business Park Ave 1', 'Singapore 486058'], country: 'SG' },
  oceania: { name: 'DJI Service Center Oceania', lines: ['2 Burrows Road', 'Alexandria NSW 2015'], country: 'AU' },
  'middle-east-africa': { name: 'DJI Service Center MEA', lines: ['Dubai Airport Freezone, Building 6W', 'Dubai'], country: 'AE' },
  'china-mainland': { name: 'DJI 售后服务中心', lines: ['深圳市南山区仙元路55号', '大疆天空之城'], country: 'CN' },
};

export const defaultConfig: RepairConfig = {
  brand: { name: 'DJI', servicePlan: 'DJI Care', expressService: 'DJI Care Refresh Express' },
  zones: deviceDefaults.zones.map((zone) => ({ ...zone, centre: CENTRES[zone.id] })),
  categories: deviceDefaults.categories,
  serialFormats: deviceDefaults.serialFormats,
  models: deviceDefaults.models,
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
    serialHelp: deviceDefaults.links.serialHelp,
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
