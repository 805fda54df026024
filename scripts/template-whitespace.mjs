// A Vite plugin for the production builds: the markup and styles in Lit's
// tagged templates (html``, svg``, css``, and `html as staticHtml`) ship without
// the indentation of their source lines and without HTML comments, which the
// minifier leaves as they are (a template's text is a string to it).
//
// Rendering-neutral by construction:
// - a line break followed by indentation becomes the line break alone, and
//   blanks before a line break go: every run of white space keeps at least one
//   white-space character, so normal text, `white-space: pre-line` (line breaks
//   kept, spaces collapsed) and CSS read the same (none of our templates renders
//   in `pre` or `pre-wrap`, where spaces would count);
// - an HTML comment goes (Lit renders none of them); one over several lines
//   stays as an empty comment holding its line breaks (line breaks alone would
//   be white space where there was none: `a<!--⏎-->b` would read `a b`);
// - a template given to `msg()` is left as it is: @lit/localize finds its
//   translation by an id made from its exact text;
// - white space after a backslash (a line continuation or an escaped blank) is kept.
// Line breaks are never removed, so the source maps' lines stay right (columns within
// a template line move); the dev server (`npm start`) and the tests use the sources.
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css', 'staticHtml']);

/** A template's text (between its delimiters), squeezed. */
export function squeeze(text, markup) {
  // A comment over several lines stays, emptied, so that its line breaks are no white space where there was none.
  const uncommented = markup ? text.replace(/<!--[^]*?-->/g, (comment) => (comment.includes('\n') ? `<!--${comment.replace(/[^\n]/g, '')}-->` : '')) : text;
  return uncommented.replace(/(?<!\\)\n[ \t]+/g, '\n').replace(/(?<!\\)[ \t]+\n/g, '\n');
}

/** Whether `node` is the argument of a `msg()` call. */
const inMsg = (node) => ts.isCallExpression(node.parent) && ts.isIdentifier(node.parent.expression) && node.parent.expression.text === 'msg';

/** The text parts of a template literal: each one's start and end in the source, delimiters excluded. */
function parts(template, file) {
  const literals = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((s) => s.literal)];
  return literals.map((literal) => {
    const opensWithDollar = literal.kind === ts.SyntaxKind.TemplateHead || literal.kind === ts.SyntaxKind.TemplateMiddle;
    return [literal.getStart(file) + 1, literal.end - (opensWithDollar ? 2 : 1)];
  });
}

export function templateWhitespace() {
  return {
    name: 'template-whitespace',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0]) || !/(html|svg|css|staticHtml)`/.test(code)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text) && !inMsg(node)) {
          for (const [start, end] of parts(node.template, file)) {
            const text = code.slice(start, end);
            const squeezed = squeeze(text, node.tag.text !== 'css');
            if (squeezed !== text) edits.push({ start, end, squeezed });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (!edits.length) return null;
      let out = code;
      for (const { start, end, squeezed } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + squeezed + out.slice(end);
      // No map: the lines are the same (see above).
      return { code: out, map: null };
    },
  };
}
