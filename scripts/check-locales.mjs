// Fails, listing the message ids, when a locale lacks a translation of a source
// message or carries one the source no longer has. Also refuses `msg`/`str`
// imported straight from @lit/localize (the widget renders through src/i18n/msg.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'rr-locales-'));
let failed = false;
const cleanup = [];
try {
  // Extract the current source messages into a scratch copy, leaving locales/ untouched.
  const scratch = { ...config, interchange: { ...config.interchange, xliffDir: tmp } };
  // Paths in the config are relative to it, so the scratch config sits beside the real one.
  const configPath = `.lit-localize.check-${process.pid}.json`;
  cleanup.push(configPath);
  writeFileSync(configPath, JSON.stringify(scratch));
  execFileSync(process.execPath, ['node_modules/@lit/localize-tools/bin/lit-localize.js', 'extract', '--config', configPath], { stdio: 'pipe' });

  const units = (xml) => [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)]
    .map(([, id, body]) => ({ id, translated: /<target>[\s\S]*?<\/target>/.test(body) }));

  for (const locale of config.targetLocales) {
    const source = units(readFileSync(join(tmp, `${locale}.xlf`), 'utf8')).map((u) => u.id);
    const file = join(config.interchange.xliffDir, `${locale}.xlf`);
    const current = units(readFileSync(file, 'utf8'));
    const translated = new Set(current.filter((u) => u.translated).map((u) => u.id));
    const sourceIds = new Set(source);
    const missing = source.filter((id) => !translated.has(id));
    const obsolete = current.map((u) => u.id).filter((id) => !sourceIds.has(id));
    if (missing.length || obsolete.length) {
      failed = true;
      if (missing.length) console.error(`${file}: ${missing.length} message(s) not translated: ${missing.join(', ')}`);
      if (obsolete.length) console.error(`${file}: ${obsolete.length} message(s) no longer in the source: ${obsolete.join(', ')}`);
    }
  }

  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? (d.name === 'generated' ? [] : walk(join(dir, d.name))) : [join(dir, d.name)]);
  for (const file of walk('src').filter((f) => f.endsWith('.ts') && !f.endsWith(join('i18n', 'msg.ts')))) {
    if (/import\s*\{[^}]*\b(msg|str)\b[^}]*\}\s*from\s*'@lit\/localize'/.test(readFileSync(file, 'utf8'))) {
      failed = true;
      console.error(`${file}: import msg/str from src/i18n/msg.ts, not from @lit/localize`);
    }
  }
} finally {
  for (const path of [tmp, ...cleanup]) rmSync(path, { recursive: true, force: true });
}
if (failed) {
  console.error('\nRun `npm run localize:extract`, translate the listed messages in locales/*.xlf, and try again.');
  process.exit(1);
}
console.log(`Locales complete: ${config.targetLocales.join(', ')}`);
