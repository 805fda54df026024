import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, renderingMessages, str } from '../i18n/msg.js';
import { guard } from 'lit/directives/guard.js';
import type { DeviceConfig } from '../config/config-schema.js';
import { categoryLabel, countryOptions, zoneLabel } from '../i18n/labels.js';
import { matchesSerialFormat, modelFor, modelFromSerial, normalizeSerial } from '../schema/rules.js';
import type { DeviceFields } from '../schema/request.js';
import { radioGroup, selectField, textField } from '../ui/fields.js';
import { helpLink } from '../ui/links.js';
import { define } from '../ui/define.js';
import { StepElement } from '../ui/step-element.js';
import { deviceStyles } from './device-step.styles.js';
import { ltr } from '../i18n/bidi.js';
import { internalEvent } from '../ui/internal-events.js';

type LookupState = 'idle' | 'checking' | 'found' | 'unknown' | 'failed';

const NOT_LISTED = 'not-listed';

/** How long typing must pause before the host's serial lookup is asked. */
const LOOKUP_DELAY_MS = 400;

/**
 * Step 1, Device: service zone and country, then the product, identified from
 * the customer's own products, by serial number, or by model. It reads only
 * the configuration's Device step part (`DeviceConfig`), so it paints before
 * the rest of the default configuration has loaded.
 */
export class DeviceStepElement extends StepElement<DeviceConfig> {
  static override styles = [StepElement.styles, deviceStyles];

  @state() private lookup: LookupState = 'idle';
  /** The customer said their product is not in the catalogue. */
  @state() private notListed = false;
  private lookupAbort?: AbortController;
  private lookupTimer?: ReturnType<typeof setTimeout>;

  private get device(): Partial<DeviceFields> {
    return this.draft.device ?? {};
  }

  private set(patch: Partial<DeviceFields>) {
    this.change('device', patch);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.lookupAbort?.abort();
    clearTimeout(this.lookupTimer);
  }

  private onZone(zone: string) {
    const countries = this.config.zones.find((z) => z.id === zone)?.countries ?? [];
    const country = this.device.country && countries.includes(this.device.country) ? this.device.country : undefined;
    this.set({ zone, country });
  }

  private stopLookup() {
    this.lookupAbort?.abort();
    clearTimeout(this.lookupTimer);
  }

  /** Recognises a serial: from the catalogue's prefixes at once, else (after a pause) from the host's hook. */
  private recognise(serial: string) {
    this.stopLookup();
    const local = serial ? modelFromSerial(this.config, serial) : undefined;
    this.set({ serial, model: local?.id });
    this.lookup = local ? 'found' : 'idle';
    if (!local && this.context.serialLookup && matchesSerialFormat(this.config, serial)) {
      this.lookupTimer = setTimeout(() => void this.askHost(serial), LOOKUP_DELAY_MS);
    }
  }

  private onSerialInput(raw: string) {
    const serial = normalizeSerial(raw);
    // Check the format as the customer types once the serial is long enough to judge.
    this.recognise(serial);
  }

  /**
   * Each way of identifying the product keeps the answers that belong to it: by serial,
   * the model is the one the serial names; from the customer's products, only one of
   * theirs counts; by model, the serial is not used (the flow drops it).
   */
  private onMode(identifiedBy: DeviceFields['identifiedBy']) {
    this.stopLookup();
    const serial = this.device.serial;
    if (identifiedBy === 'serial') {
      this.set({ identifiedBy });
      this.recognise(serial ?? '');
    } else if (identifiedBy === 'owned') {
      const owned = this.context.ownedProducts.find((p) => p.serial === serial);
      this.lookup = 'idle';
      this.set({ identifiedBy, serial: owned?.serial, model: owned?.model });
    } else {
      this.lookup = 'idle';
      this.set({ identifiedBy });
    }
  }

  private async askHost(serial: string) {
    const hook = this.context.serialLookup;
    if (!hook) return;
    const abort = new AbortController();
    this.lookupAbort = abort;
    this.lookup = 'checking';
    try {
      const answer = await hook(serial, abort.signal);
      // A late answer about a serial the customer has since changed, or left, is ignored.
      if (abort.signal.aborted || this.device.identifiedBy !== 'serial' || this.device.serial !== serial) return;
      const id = typeof answer === 'string' ? answer : answer?.model;
      const model = modelFor(this.config, id);
      if (id && !model) console.error(`<repair-request>: serialLookup returned the model "${id}", which is not in the catalogue.`);
      this.lookup = model ? 'found' : 'unknown';
      this.set({ model: model?.id });
    } catch (error) {
      if (abort.signal.aborted) return;
      console.error('<repair-request>: serialLookup failed.', error);
      this.lookup = 'failed';
      this.set({ serial });
    }
  }

  private onOwned(serial: string) {
    const owned = this.context.ownedProducts.find((p) => p.serial === serial);
    this.set({ serial, model: owned?.model });
  }

  private renderZone(config: DeviceConfig) {
    const zone = config.zones.find((z) => z.id === this.device.zone);
    const countries = countryOptions(zone?.countries ?? [], this.locale);
    return html`<section aria-labelledby="zone-title">
      <h3 id="zone-title">${msg('Select your service zone')}</h3>
      ${selectField({
        path: 'device.zone',
        label: msg('Zone'),
        value: this.device.zone,
        placeholder: msg('Select a zone'),
        options: config.zones.map((z) => ({ value: z.id, label: zoneLabel(z) })),
        error: this.error('device.zone'),
        onChange: (v) => this.onZone(v),
      })}
      ${selectField({
        path: 'device.country',
        label: msg('Country/region'),
        hint: zone ? undefined : msg('Select a zone first.'),
        value: this.device.country,
        placeholder: msg('Select your country or region'),
        options: countries,
        autocomplete: 'country',
        error: this.error('device.country'),
        onChange: (v) => this.set({ country: v }),
      })}
    </section>`;
  }

  private renderOwned() {
    const products = this.context.ownedProducts;
    return radioGroup({
      path: 'device.serial',
      label: msg('Your products'),
      value: this.device.serial,
      error: this.error('device.serial') ?? this.error('device.model'),
      options: products.map((p) => {
        const name = modelFor(this.config, p.model)?.name ?? p.model;
        return { value: p.serial, label: p.nickname ? `${p.nickname} — ${name}` : name, hint: msg(str`Serial number: ${ltr(p.serial)}`) };
      }),
      onChange: (v) => this.onOwned(v),
    });
  }

  private renderSerial() {
    const model = modelFor(this.config, this.device.model);
    const example = this.config.serialFormats[0]?.example ?? '';
    const status = {
      idle: nothing,
      checking: html`${msg('Checking the serial number…')}`,
      found: model ? html`<strong>${msg(str`Recognised: ${model.name}`)}</strong>` : nothing,
      unknown: nothing,
      failed: html`${msg('The serial number could not be checked right now. You can choose your model instead.')}`,
    }[this.lookup];
    return textField({
      path: 'device.serial',
      label: msg('Serial number'),
      // The same at each keystroke: it renders again only with another catalogue or language.
      hint: guard([this.config, this.locale, renderingMessages()], () => html`${msg(str`Letters and digits, for example ${ltr(example)}.`)}
        ${helpLink(this.config.links.serialHelp, msg('Where do I find the serial number?'))}`),
      value: this.device.serial,
      autocomplete: 'off',
      spellcheck: false,
      maxlength: 24,
      // When the host could not be asked, its own status says so; "not recognised" would contradict it.
      error: this.lookup === 'failed' && this.errors['device.serial'] === 'serial_unrecognised' ? undefined : this.error('device.serial'),
      after: html`<p class="status" role="status">${status}</p>
        ${this.errors['device.serial'] === 'serial_unrecognised' || this.lookup === 'failed' ? this.renderContactOffer() : nothing}`,
      onInput: (v) => this.onSerialInput(v),
      // Chromium also fires "change" when the focused field is removed by a switch of mode: ignore it then.
      onChange: (v) => { if (this.device.identifiedBy === 'serial') this.set({ serial: normalizeSerial(v) }); },
    });
  }

  private renderModel(config: DeviceConfig) {
    const groups = config.categories.map((c) => ({
      label: categoryLabel(c),
      options: config.models.filter((m) => m.category === c.id).map((m) => ({ value: m.id, label: m.name })),
    })).filter((g) => g.options.length);
    return html`${selectField({
      path: 'device.model',
      label: msg('Product model'),
      value: this.notListed ? NOT_LISTED : this.device.model,
      placeholder: msg('Select your model'),
      groups: [...groups, { label: msg('Other'), options: [{ value: NOT_LISTED, label: msg('My product is not listed') }] }],
      error: this.notListed ? undefined : this.error('device.model'),
      onChange: (v) => {
        this.notListed = v === NOT_LISTED;
        this.set({ model: v && v !== NOT_LISTED ? v : undefined });
      },
    })}
    ${this.notListed ? this.renderContactOffer() : nothing}`;
  }

  /** The way out when the online request cannot identify the product: the contact form. */
  private renderContactOffer() {
    return html`<div class="notice">
      <p>${msg('If the online repair request cannot be made, send us a message and our support team will help you.')}</p>
      <button type="button" class="button secondary" @click=${this.onOpenContact}>${msg('Contact support')}</button>
    </div>`;
  }

  private onOpenContact() {
    this.dispatchEvent(internalEvent('rr-open-contact'));
  }

  /** In "my products", a missing or unknown model is answered on the product list. */
  override focusField(path: string) {
    return super.focusField(path === 'device.model' && this.device.identifiedBy === 'owned' ? 'device.serial' : path);
  }

  override render() {
    const config = this.config;
    const owned = this.context.ownedProducts.length > 0;
    const by = this.device.identifiedBy;
    const { zone, country } = this.device;
    const messages = renderingMessages();
    // The zone's fields and the choice of identification render again only when what they show changes (not at each
    // keystroke in the serial).
    return html`<h2 tabindex="-1">${msg('Your device')}</h2>
      ${guard([zone, country, this.errors['device.zone'], this.errors['device.country'], config, this.locale, messages], () => this.renderZone(config))}
      <section aria-labelledby="product-title">
        <h3 id="product-title">${msg('Which product needs a repair?')}</h3>
        ${guard([by, owned, this.errors['device.identifiedBy'], config, this.locale, messages], () => radioGroup({
          path: 'device.identifiedBy',
          label: msg('How do you want to identify your product?'),
          value: by,
          error: this.error('device.identifiedBy'),
          options: [
            ...(owned ? [{ value: 'owned' as const, label: msg('Choose from my products') }] : []),
            { value: 'serial', label: msg('Enter the serial number'), hint: msg('We recognise the model from it.') },
            { value: 'model', label: msg('Choose the product model') },
          ],
          onChange: (v) => this.onMode(v),
        }))}
        <div class="method">
          ${by === 'owned' && owned ? this.renderOwned() : nothing}
          ${by === 'serial' ? this.renderSerial() : nothing}
          ${by === 'model' ? this.renderModel(config) : nothing}
        </div>
        ${this.renderProduct()}
      </section>`;
  }

  /** The identified model's picture and name, where the catalogue has a picture. */
  private renderProduct() {
    const model = modelFor(this.config, this.device.model);
    if (!model?.image || this.notListed) return nothing;
    return html`<figure class="product">
      <img src=${model.image} alt="" width="96" height="96" loading="lazy" decoding="async">
      <figcaption>${model.name}</figcaption>
    </figure>`;
  }
}

define('repair-request-device-step', DeviceStepElement);

declare global {
  interface HTMLElementTagNameMap {
    'repair-request-device-step': DeviceStepElement;
  }
}
