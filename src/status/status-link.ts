/**
 * The status page's link for a case, as the confirmation, the printed case
 * form and the e-mails write it, and as `<repair-status>` reads it:
 * `{page}#case=…&token=…&lang=…`. The secrets sit in the fragment, which
 * browsers do not send to servers; `lang` is the customer's language, so the
 * page opens in it. Pure: no DOM, no Lit (the server builds the same link).
 */
import type { Credential } from './status-client.js';

/** The link to `page` (its own fragment dropped) for a case, its access token and, when known, the customer's language tag. */
export function statusLink(page: string, caseNumber: string, token: string | undefined, lang?: string): string {
  const params = new URLSearchParams({ case: caseNumber });
  if (token) params.set('token', token);
  if (lang) params.set('lang', lang);
  return `${page.split('#')[0]}#${params}`;
}

/** A serialized URL split at its first `#` (where the fragment starts): what comes before, and the fragment's parameters. */
function splitFragment(href: string): [string, URLSearchParams] | undefined {
  const hash = href.indexOf('#');
  return hash < 0 ? undefined : [href.slice(0, hash), new URLSearchParams(href.slice(hash + 1))];
}

/**
 * What a status link holds: the case number and token, and the language tag (not yet checked against the supported
 * locales). `href` is a serialized URL (`location.href`), in which the first `#` starts the fragment; without one,
 * nothing is parsed (a page opened without a link, the usual case, is read before the first view).
 */
export function readStatusLink(href: string): { credential?: Credential; caseNumber?: string; lang?: string } {
  const params = splitFragment(href)?.[1];
  if (!params) return {};
  const caseNumber = params.get('case');
  const token = params.get('token');
  const lang = params.get('lang') ?? undefined;
  return {
    ...(caseNumber && token ? { credential: { caseNumber, token } } : caseNumber ? { caseNumber } : {}),
    ...(lang ? { lang } : {}),
  };
}

/**
 * The link as it is printed on the case form, which travels in the parcel: without the access token, so that
 * whoever handles the parcel can open the status page with the case number filled in, but must still give the
 * customer's e-mail to see or act on the case. A link without a fragment is returned as it is.
 */
export function printedLink(href: string): string {
  const split = splitFragment(href);
  if (!split) return href;
  const [page, params] = split;
  params.delete('token');
  return `${page}#${params}`;
}
