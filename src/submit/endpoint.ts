/** Whether an endpoint may receive what the widget sends (personal data, files). Pure. */

const LOOPBACK = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Why the endpoint may not receive the request, or undefined when it may: a
 * request carries personal data (name, address, phone), so it goes over
 * `https:` only, except to this machine (`localhost`, `127.0.0.1`, `[::1]`)
 * during development.
 */
export function endpointProblem(endpoint: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint, base);
  } catch {
    return `the endpoint "${endpoint}" is not a valid URL.`;
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') {
    return LOOPBACK.test(url.hostname)
      ? undefined
      : `the endpoint ${url.origin} uses plain http:, and the request carries personal data (name, address, phone). Use an https: endpoint.`;
  }
  return `the endpoint must be an https: URL, not ${url.protocol}.`;
}

