/**
 * The widget's own `msg()`: @lit/localize's runtime lookup, bound to the
 * templates of the element being rendered rather than to a page-wide locale.
 *
 * @lit/localize may be configured only once per page and has one active locale.
 * We never call `configureLocalization`, so a host page that uses @lit/localize
 * keeps working, and several widgets in different languages can share a page:
 * each element renders inside `withLocale(its locale)`. `lit-localize extract`
 * still finds these calls, because this `msg` carries the library's type brand.
 *
 * `runtimeMsg` and `generateMsgId` are not exported by the package's entry
 * (only through its `internal/` modules), and `configureLocalization` cannot do
 * what we need (one locale per element). So @lit/localize is pinned to an exact
 * version in package.json, and test/unit/localize-internals.test.ts fails if
 * an upgrade changes the shape of what is used here: check it before raising the pin.
 */
import type { msg as litMsg } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { TemplateMap } from '@lit/localize';

export { str } from '@lit/localize/internal/str-tag.js';

let active: TemplateMap | undefined;
let activeLocale = 'en';
/** The message ids rendered per locale (other than the source), so tests can check each has a translation. */
const rendered = new Map<string, Set<string>>();
/** Those rendered in the source language because the part of the locale holding them was not loaded. */
const fellBack = new Map<string, Set<string>>();

const record = (map: Map<string, Set<string>>, id: string) => {
  let set = map.get(activeLocale);
  if (!set) map.set(activeLocale, (set = new Set()));
  set.add(id);
};

const ids = new Map<unknown, string>();
const idOf = (template: Parameters<typeof litMsg>[0]) => {
  const key = typeof template === 'string' ? template : template.strings;
  let id = ids.get(key);
  if (id === undefined) {
    id = generateMsgId(key, typeof template !== 'string' && !('strTag' in template));
    ids.set(key, id);
  }
  return id;
};

/** Localises a template for the element being rendered. Call only while rendering. */
export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) => {
  if (active) {
    const id = options?.id ?? idOf(template);
    record(rendered, id);
    if (!(id in active)) record(fellBack, id);
  }
  return runtimeMsg(active, template, options);
}) as typeof litMsg;

/**
 * The messages in use while rendering: a new object whenever a part of the locale loads, so a part of a
 * template kept while nothing changes (Lit's `guard`) names it among what it depends on.
 */
export const renderingMessages = (): TemplateMap | undefined => active;

/** The locale being rendered (inside `withTemplates`); the source language otherwise. */
export const renderingLocale = () => activeLocale;

/** Runs `render` with the given locale's templates active (undefined: the source language). */
export function withTemplates<T>(locale: string, templates: TemplateMap | undefined, render: () => T): T {
  const previous = active;
  const previousLocale = activeLocale;
  active = templates;
  activeLocale = locale;
  try {
    return render();
  } finally {
    active = previous;
    activeLocale = previousLocale;
  }
}

/** The ids of the messages rendered so far in a locale (for tests and debugging). */
export const renderedMessageIds = (locale: string): string[] => [...(rendered.get(locale) ?? [])];

/** The ids of the messages a locale had to render in the source language: missing from the parts loaded. */
export const fallbackMessageIds = (locale: string): string[] => [...(fellBack.get(locale) ?? [])];
