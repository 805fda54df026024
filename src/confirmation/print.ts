/**
 * Printing the case form from inside a shadow root: a copy of the form is put
 * in a temporary `<div data-repair-request-print>` at the top of the document
 * body, with a document style sheet that hides everything else when printing.
 * Only the copy's own (open) shadow root holds the form; nothing is parsed as HTML.
 */
import { render, type CSSResult, type TemplateResult } from 'lit';

const ATTRIBUTE = 'data-repair-request-print';

/** Hidden on screen; on paper, the only thing the page shows. */
const DOCUMENT_CSS = `
  [${ATTRIBUTE}] { display: none !important; }
  @media print {
    body > :not([${ATTRIBUTE}]) { display: none !important; }
    [${ATTRIBUTE}] { display: block !important; }
    @page { margin: 12mm; }
  }
`;

let documentSheet: CSSStyleSheet | undefined;

function supportsAdopted(root: Document | ShadowRoot) {
  return 'adoptedStyleSheets' in root && typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype;
}

function addDocumentStyles(): () => void {
  if (supportsAdopted(document)) {
    documentSheet ??= new CSSStyleSheet();
    documentSheet.replaceSync(DOCUMENT_CSS);
    const sheet = documentSheet;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => { document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet); };
  }
  const style = document.createElement('style');
  style.textContent = DOCUMENT_CSS;
  document.head.append(style);
  return () => style.remove();
}

/**
 * Puts a printable copy of `template` in the document; returns the function
 * that removes it and its style sheet again.
 */
export function mountPrintCopy(template: TemplateResult, styles: readonly CSSResult[]): () => void {
  const container = document.createElement('div');
  container.setAttribute(ATTRIBUTE, '');
  const root = container.attachShadow({ mode: 'open' });
  if (supportsAdopted(root)) {
    root.adoptedStyleSheets = styles.map((s) => s.styleSheet).filter((s): s is CSSStyleSheet => !!s);
  } else {
    const style = document.createElement('style');
    style.textContent = styles.map((s) => s.cssText).join('\n');
    root.append(style);
  }
  render(template, root);
  document.body.append(container);
  const removeStyles = addDocumentStyles();
  return () => {
    container.remove();
    removeStyles();
  };
}

let removeLastCopy: (() => void) | undefined;

/**
 * Prints `template` now, as the page's only content: the copy is put in place, the browser's print dialog opened,
 * and the copy removed after printing (a copy still in place from an earlier call is replaced).
 */
export function printNow(template: TemplateResult, styles: readonly CSSResult[]): void {
  removeLastCopy?.();
  const remove = mountPrintCopy(template, styles);
  removeLastCopy = () => {
    remove();
    removeLastCopy = undefined;
    window.removeEventListener('afterprint', onAfterPrint);
  };
  const onAfterPrint = () => removeLastCopy?.();
  window.addEventListener('afterprint', onAfterPrint);
  window.print();
}
