/**
 * The pieces of @lit/localize that src/i18n/msg.ts takes from its internal
 * modules (the package is pinned to an exact version for this reason): if an
 * upgrade changes their shape, these fail before any widget renders untranslated.
 */
import { expect } from '@open-wc/testing';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { str } from '@lit/localize/internal/str-tag.js';
import type { TemplateMap } from '@lit/localize';
import { templates as frCore } from '../../src/generated/locales/fr/core.js';

const templates: TemplateMap = frCore;
import { msg, withTemplates } from '../../src/i18n/msg.js';

describe('the @lit/localize internals the widget relies on', () => {
  it('generate the ids the extractor gave the messages', () => {
    expect(templates[generateMsgId('Next', false)]).to.equal('Suivant');
  });

  it('look a message up in a template map, falling back to the source text', () => {
    const id = generateMsgId('Next', false);
    expect(runtimeMsg({ [id]: 'Suivant' }, 'Next', undefined)).to.equal('Suivant');
    expect(runtimeMsg(undefined, 'Next', undefined)).to.equal('Next');
  });

  it('fill the values of a str-tagged message in', () => {
    const n = 3;
    const template = str`Step ${n}:`;
    expect(template.strTag).to.equal(true);
    expect(runtimeMsg(undefined, template, undefined)).to.equal('Step 3:');
  });

  it('let the widget render in its own language without configureLocalization', () => {
    expect(withTemplates('fr', templates, () => msg('Next'))).to.equal('Suivant');
    expect(msg('Next')).to.equal('Next');
  });
});
