// The status demo page: <repair-status> with a language switch, product names from the configuration.
import '../src/status/index.js';
import { defaultConfig } from '../src/config/default-config.js';
import { languageMenu } from './languages.js';

const status = document.querySelector('repair-status')!;
status.modelNames = Object.fromEntries(defaultConfig.models.map((m) => [m.id, m.name]));
// No `lang` on the element: it speaks the status link's language (`#…&lang=fr`), else the page's.
// The menu starts on that language, and a choice in it sets the element's own `lang`, which wins.
const fromLink = new URLSearchParams(location.hash.slice(1)).get('lang');
languageMenu(document.querySelector<HTMLSelectElement>('#lang')!, fromLink, (code) => status.setAttribute('lang', code));
