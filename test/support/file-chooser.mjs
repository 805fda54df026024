// `executeServerCommand('arm-file-chooser', { files: [{ name, content }] })`: the
// next file picker the page opens (by a click, Enter or Space) is answered with
// these files, written to a scratch folder, as a customer choosing them would.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const fileChooserPlugin = {
  name: 'arm-file-chooser',
  async executeCommand({ command, payload, session }) {
    if (command !== 'arm-file-chooser') return undefined;
    const folder = mkdtempSync(join(tmpdir(), 'rr-chooser-'));
    const paths = payload.files.map(({ name, content }) => {
      const path = join(folder, name);
      writeFileSync(path, content);
      return path;
    });
    const page = session.browser.getPage(session.id);
    // Not awaited: the test opens the picker after this command returns.
    page.waitForFileChooser({ timeout: 15000 }).then((chooser) => chooser.accept(paths)).catch(() => undefined);
    return true;
  },
};
