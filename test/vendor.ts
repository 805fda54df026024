/**
 * Another vendor's complete data: what a host that renames the brand gives
 * with it (the widget refuses a new brand that keeps the default vendor's).
 */
import type { RepairConfigInput } from '../src/config/validate-config.js';

export const acme = {
  brand: { name: 'Acme', servicePlan: 'Acme Care', expressService: 'Acme Care Express' },
  zones: [
    {
      id: 'europe',
      countries: ['FR', 'DE', 'NL', 'BE', 'ES', 'IT', 'GB'],
      centre: { name: 'Acme Repairs', lines: ['1 rue des Ateliers', '69001 Lyon'], country: 'FR' },
    },
    {
      id: 'north-america',
      countries: ['US', 'CA'],
      centre: { name: 'Acme Repairs US', lines: ['100 Main St', 'Springfield, IL 62701'], country: 'US' },
    },
  ],
  support: { email: 'help@acme.example', phone: '+33 4 72 00 00 00', chatUrl: 'https://acme.example/chat' },
  links: {
    serviceChoiceHelp: 'https://acme.example/help/service',
    crashCauseHelp: 'https://acme.example/help/crash',
    dataAnalysisHelp: 'https://acme.example/help/analysis',
    flightDataSyncHelp: 'https://acme.example/help/sync',
    videoUploadHelp: 'https://acme.example/help/video',
    serialHelp: '/help/serial',
    expressInfo: 'https://acme.example/care/express',
    terms: 'https://acme.example/terms',
    tracking: 'https://acme.example/repairs',
    account: 'https://acme.example/account',
  },
  partsLists: [{ plan: 'Acme Care', url: 'https://acme.example/care/parts' }],
  fee: { amount: 40, currency: 'EUR' },
} satisfies RepairConfigInput;

