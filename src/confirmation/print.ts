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

/**
 * Prints `form()` alone whenever the browser prints while attached: from its own Print command (the menu, Ctrl+P)
 * as from `print()`. `beforeprint` puts one copy in place (a second one is not added), `afterprint` removes it;
 * `detach()` stops listening and removes a copy still in place. `form()` returns undefined while nothing is ready to
 * print: the page then prints as it is.
 */
export class PrintOnPrint {
  #removeCopy?: () => void;

  constructor(private readonly form: () => TemplateResult | undefined, private readonly styles: readonly CSSResult[]) {}

  attach() {
    window.addEventListener('beforeprint', this.mount);
    window.addEventListener('afterprint', this.unmount);
  }

  detach() {
    window.removeEventListener('beforeprint', this.mount);
    window.removeEventListener('afterprint', this.unmount);
    this.unmount();
  }

  /** Puts the copy in place (`beforeprint`), once. */
  readonly mount = () => {
    const template = this.#removeCopy ? undefined : this.form();
    if (template) this.#removeCopy = mountPrintCopy(template, this.styles);
  };

  /** Removes the copy (`afterprint`). */
  readonly unmount = () => {
    this.#removeCopy?.();
    this.#removeCopy = undefined;
  };

  /** Prints now (a Print button): the copy in place, then the browser's print dialog. */
  print() {
    this.mount();
    window.print();
  }
}
