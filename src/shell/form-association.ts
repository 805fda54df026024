/**
 * The widget as a field of a page's `<form>`: its value (the request as JSON,
 * files beside it) once the request is valid, else a validity message; a
 * disabled `<fieldset>` or form disables it. Nothing where the browser has no
 * form-associated elements.
 */
import type { ReactiveControllerHost } from 'lit';
import type { RepairRequest } from '../schema/request.js';
import { formValue } from '../submit/form-value.js';

export class FormAssociation {
  readonly internals?: ElementInternals;
  /** Disabled by a `<fieldset>` or the form. */
  disabled = false;

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
    if (request) {
      internals.setFormValue(name ? formValue(name, request) : null);
      internals.setValidity({});
      return;
    }
    internals.setFormValue(null);
    internals.setValidity({ customError: true }, message(), anchor);
  }
}
