// Stops `npm test` early, with a way out, when no Chromium is installed.
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `No Chromium found at ${path}.\n` +
      'The tests run in headless Chromium. Install it with:\n' +
      '  sudo apt-get update && sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
      'or point CHROME_PATH at an existing Chrome or Chromium binary.',
  );
  process.exit(1);
}
