/**
 * Keeps a failed assertion reportable when it compares DOM nodes.
 *
 * A chai assertion error carries its `actual` and `expected` values, and the test
 * runner sends each failed test's error to the server through `structuredClone`
 * (`stable()` in @web/dev-server-core's web-socket module). An element cannot be
 * cloned: `expect(shadowRoot.activeElement).to.equal(next)` failing threw a
 * `DataCloneError` in the page, the test file never reported, the run waited
 * `testsFinishTimeout` (5 minutes) and the browser was then reported as
 * disconnected ("detached Frame") instead of showing the failed assertion
 * (modernweb-dev/web#2967, open-wc/open-wc#2880).
 *
 * A root `afterEach` of mocha replaces such values with a short description
 * (an element's opening tag) before the results are sent; the message, which
 * chai already wrote, is kept. Loaded by web-test-runner.config.mjs's
 * `testRunnerHtml`, after the test framework and before the test file runs.
 */

/** Whether a value can go through `structuredClone`, as the results do. */
function cloneable(value: unknown) {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

/** A short, cloneable stand-in: an element's opening tag, or the value as text. */
function summarise(value: unknown): string {
  if (value instanceof Element) {
    const tag = value.outerHTML.slice(0, value.outerHTML.indexOf('>') + 1);
    return tag.length > 200 ? `${tag.slice(0, 199)}…` : tag;
  }
  if (value instanceof Node) return `[${value.nodeName}]`;
  if (Array.isArray(value)) return `[${value.map(summarise).join(', ')}]`;
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

mocha.suite.afterEach(function reportableFailure() {
  const err = this.currentTest?.err as (Error & { actual?: unknown; expected?: unknown }) | undefined;
  if (!err) return;
  for (const key of ['actual', 'expected'] as const) {
    if (key in err && !cloneable(err[key])) err[key] = summarise(err[key]);
  }
});

export {};
