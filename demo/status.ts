// The status demo page: <repair-status> with a language switch, product names from the configuration.
import '../src/status/index.js';
import { defaultConfig } from '../src/config/default-config.js';

const status = document.querySelector('repair-status')!;
status.modelNames = Object.fromEntries(defaultConfig.models.map((m) => [m.id, m.name]));
const lang = document.querySelector<HTMLSelectElement>('#lang')!;
lang.addEventListener('change', () => status.setAttribute('lang', lang.value));
