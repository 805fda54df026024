/**
 * Registers an element's tag, safely: nothing happens where there is no
 * custom-element registry (Node without Lit's DOM shim, a worker), and a tag
 * already defined (the widget loaded twice on one page, say from a bundle and
 * from the CDN build) is left as it is instead of throwing.
 */
export function define(tag: string, element: CustomElementConstructor) {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, element);
}
