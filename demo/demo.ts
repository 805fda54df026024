// Every demo page's module: the shared host code, nothing inline (the CSP page allows none).
import { setUpPage } from './host.js';

setUpPage();
