/**
 * The widget as a field of a page's `<form>`: its value (the request as JSON,
 * files beside it) once the request is valid, else a validity message; a
 * disabled `<fieldset>` or form disables it. Nothing where the browser has no
 * form-associated elements. The code that writes the value loads once the
 * first frame has painted, in a form only (a request is complete only once the
 * checks, loaded then too, say so); until it is there, the field stays invalid.
 */
import type { ReactiveControllerHost } from 'lit';
import type { RepairRequest } from '../schema/request.js';
import type { formValue } from '../submit/form-value.js';
import { afterPaint } from './after-paint.js';
import { later } from './later.js';

export class FormAssociation {
  readonly internals?: ElementInternals;
  /** Disabled by a `<fieldset>` or the form. */
  disabled = false;
  #formValue?: typeof formValue;
  #load?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.internals = typeof host.attachInternals === 'function' ? host.attachInternals() : undefined;
  }

  /** The `<form>` the widget belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  setDisabled(disabled: boolean) {
    this.disabled = disabled;
    this.host.requestUpdate();
  }

  /**
   * The form value and validity: the request once it parses (entries under
   * `name`), else no value and `message`, anchored at `anchor`.
   */
  set(name: string | undefined, request: RepairRequest | undefined, message: () => string, anchor?: HTMLElement) {
    const internals = this.internals;
    if (!internals?.form) return;
    const toValue = this.#formValue;
    if (request && (toValue || !name)) {
      internals.setFormValue(name ? toValue!(name, request) : null);
      internals.setValidity({});
      return;
    }
    internals.setFormValue(null);
    internals.setValidity({ customError: true }, message(), anchor);
    // Set again once the code is here (the host updates, and calls this again).
    this.#load ??= afterPaint().then(() => later('formValue')).then((m) => {
      this.#formValue = m.formValue;
      this.host.requestUpdate();
    }, (error: unknown) => {
      this.#load = undefined;
      console.error('<repair-request>: the code that gives the page\'s form its value could not be loaded; it is tried again on the next change.', error);
    });
  }
}
