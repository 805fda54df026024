// scripts/template-whitespace.mjs: the production builds' Lit templates without their source indentation and
// HTML comments, rendering-neutral: what a template renders, in normal white space and in `pre-line`, is the same.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { squeeze, templateWhitespace } from '../../scripts/template-whitespace.mjs';

/** What markup renders as text: without its comments, white-space runs collapsed (`white-space: normal`). */
const normal = (markup) => markup.replace(/<!--[^]*?-->/g, '').replace(/\s+/g, ' ');
/** The same in `white-space: pre-line`: line breaks kept, blanks around them and other runs collapsed. */
const preLine = (markup) => markup.replace(/<!--[^]*?-->/g, '').replace(/[ \t]*\n[ \t]*/g, '\n').replace(/[ \t]+/g, ' ');

/** Asserts that squeezing `markup` changes nothing it renders, and returns the squeezed markup. */
function squeezedAlike(markup) {
  const squeezed = squeeze(markup, true);
  assert.equal(normal(squeezed), normal(markup), 'normal white space');
  assert.equal(preLine(squeezed), preLine(markup), 'pre-line');
  assert.equal(squeezed.split('\n').length, markup.split('\n').length, 'the same lines, for the source maps');
  return squeezed;
}

/** The plugin's transform of a module's source, or the source when it changes nothing. */
const transform = (code) => templateWhitespace().transform(code, '/app/src/view.ts')?.code ?? code;

describe('the templates’ white space (production builds)', () => {
  it('drops the indentation and the blanks at line ends, keeping each line break', () => {
    assert.equal(squeezedAlike('<p>\n    <b>One</b>  \n    two\n  </p>'), '<p>\n<b>One</b>\ntwo\n</p>');
  });

  it('drops a comment on one line', () => {
    assert.equal(squeezedAlike('<b>a</b><!-- a note --><b>b</b>'), '<b>a</b><b>b</b>');
  });

  it('keeps a comment over several lines as an empty comment holding its line breaks, so no space appears where it was', () => {
    assert.equal(squeezedAlike('<b>a</b><!-- a note\n  over two lines --><b>b</b>'), '<b>a</b><!--\n--><b>b</b>');
  });

  it('keeps the white space after a backslash (a line continuation)', () => {
    assert.equal(squeeze('<p>a \\\n    b</p>', true), '<p>a \\\n    b</p>');
  });

  it('leaves a template given to msg() as it is (its translation is found by its exact text), and CSS comments', () => {
    const source = 'const a = msg(html`Read\n    <a href="/t">the terms</a>`);\nconst b = css`\n  /* a note */\n  p { margin: 0; }\n`;\n';
    assert.equal(transform(source), 'const a = msg(html`Read\n    <a href="/t">the terms</a>`);\nconst b = css`\n/* a note */\np { margin: 0; }\n`;\n');
  });
});
