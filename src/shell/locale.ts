/**
 * The widget's language: its `lang`, else the nearest ancestor's (followed as
 * the page changes it), else the browser's, else English; its messages loaded
 * before it shows, and the writing direction that goes with it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isLoaded, isRtl, loadLocale, supportedLocales, type LocalePart } from '../i18n/localization.js';
import { resolveLocale } from '../i18n/resolve-locale.js';

export class LocaleController implements ReactiveController {
  #locale = 'en';
  /** Follows `lang` changes on the page, for a widget that takes its language from an ancestor. */
  #observer?: MutationObserver;
  /** The parts asked for by `hostUpdate()`, once each (a failed download is not asked for again at every render). */
  readonly #asked = new Set<string>();

  /** `parts`: the message parts the screen shown needs. */
  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly parts: () => LocalePart[]) {
    host.addController(this);
  }

  /** The language in use (its messages are loaded). */
  get locale() {
    return this.#locale;
  }

  /** `rtl` or `ltr`, for the language in use. */
  get dir() {
    return isRtl(this.#locale) ? 'rtl' : 'ltr';
  }

  hostConnected() {
    void this.apply();
    if (typeof MutationObserver === 'undefined') return;
    this.#observer = new MutationObserver(() => {
      if (!this.host.hasAttribute('lang')) void this.apply();
    });
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected() {
    this.#observer?.disconnect();
  }

  /**
   * Before each render: a screen whose words in the language in use were never asked for (it opened while
   * another language was loading, whose load asked for the screen shown then) is rendered again once they come.
   */
  hostUpdate() {
    const locale = this.#locale;
    const parts = this.parts();
    const key = `${locale}/${parts.join()}`;
    if (isLoaded(locale, parts) || this.#asked.has(key)) return;
    this.#asked.add(key);
    loadLocale(locale, parts).then(() => {
      if (this.#locale === locale) this.host.requestUpdate();
    }, (error: unknown) => console.error(`<repair-request>: part of the "${locale}" messages could not be loaded.`, error));
  }

  /** Resolves the language again (after a `lang` change) and loads its messages. */
  async apply() {
    const { host } = this;
    const candidates = [
      host.getAttribute('lang'),
      host.parentElement?.closest('[lang]')?.getAttribute('lang'),
      ...(typeof navigator === 'undefined' ? [] : navigator.languages),
    ];
    const locale = resolveLocale(candidates, supportedLocales);
    try {
      // The screen may change while they load (Resume, Next): its words come too before the language shows.
      for (let parts: LocalePart[] = []; this.parts().some((part) => !parts.includes(part));) {
        parts = this.parts();
        await loadLocale(locale, parts);
      }
    } catch (error) {
      console.error(`<repair-request>: the "${locale}" messages could not be loaded; showing English.`, error);
      this.#set('en');
      return;
    }
    // A later change may have won while this locale was loading.
    if (resolveLocale([host.getAttribute('lang'), ...candidates.slice(1)], supportedLocales) === locale) this.#set(locale);
  }

  #set(locale: string) {
    if (locale === this.#locale) return;
    this.#locale = locale;
    this.host.requestUpdate();
  }
}
