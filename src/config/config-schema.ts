/**
 * The host configuration: everything vendor-specific. Validated with zod so a
 * wrong configuration is reported path by path instead of half-working.
 * Pure: no Lit, no DOM.
 */
import * as z from 'zod/mini';

const id = z.string().check(z.minLength(1), z.regex(/^[a-z0-9][a-z0-9-]*$/));

/** The scheme of a URL as the browser reads it (`https:` for a relative URL), or undefined when it does not parse. */
function schemeOf(value: string) {
  try {
    // The URL parser ignores what the browser ignores (" javascript:", "java\tscript:").
    return new URL(value, 'https://relative.invalid/').protocol;
  } catch {
    return undefined;
  }
}

/**
 * A URL whose scheme is one of `schemes`, or a relative URL (resolved against
 * the page): never `javascript:`, `data:` or another scheme that runs or
 * embeds content.
 */
const urlWith = (...schemes: string[]) => z.string().check(
  z.minLength(1),
  z.refine((value) => schemes.includes(schemeOf(value) ?? ''), `not an allowed URL: use ${schemes.join(', ')} or a relative URL`),
);

/** A link the customer follows: a web page, or an e-mail or phone link. */
const url = urlWith('https:', 'http:', 'mailto:', 'tel:');
/** A web page. */
const webUrl = urlWith('https:', 'http:');
/**
 * A support e-mail address, shown as text and used in a `mailto:` link: one
 * address, without a scheme, spaces, a display name or a second address.
 */
const supportEmail = z.string().check(
  z.regex(/^[^\s@<>"'(),;:\\]+@[^\s@<>"'(),;:\\]+\.[^\s@<>"'(),;:\\]+$/, 'not an e-mail address: give one address, like support@acme.example'),
);
/** A support phone number as printed ("+33 1 76 54 12 34"): digits, spaces, +, -, dots, brackets and slashes. */
const supportPhone = z.string().check(
  z.regex(/^\+?[\d\s().\-/]*\d[\d\s().\-/]*$/, 'not a phone number: use digits, spaces, +, -, dots and brackets only'),
);

/**
 * A zone's own support contacts, each optional: what is left out comes from
 * the global `support` (see `supportFor`).
 */
export const zoneSupportSchema = z.object({
  email: z.optional(supportEmail),
  phone: z.optional(supportPhone),
  /** The support chat or support page: a web page, or an e-mail or phone link. */
  chatUrl: z.optional(url),
});

/** A picture: a web or relative URL, or an inline `data:image/…` (an `<img>` runs no script). */
const imageUrl = z.string().check(
  z.minLength(1),
  z.refine((value) => ['https:', 'http:'].includes(schemeOf(value) ?? '') || /^data:image\//i.test(value.trim()),
    'not an allowed URL: use https:, http:, data:image/… or a relative URL'),
);

/** A postal address printed on screen and on the case form, line by line. */
export const centreSchema = z.object({
  name: z.string(),
  lines: z.array(z.string()),
  /** ISO 3166-1 alpha-2 country, shown as the last line in the customer's language. */
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
});

export const zoneSchema = z.object({
  id,
  /** Display name; default zones have translated names and may omit it. */
  label: z.optional(z.string()),
  /** ISO 3166-1 alpha-2 country codes served from this zone. */
  countries: z.array(z.string().check(z.regex(/^[A-Z]{2}$/))).check(z.minLength(1)),
  centre: centreSchema,
  /** The support contacts of this zone, over the global `support` ones (the seed's Europe: support.eu@…). */
  support: z.optional(zoneSupportSchema),
});

export const serialFormatSchema = z.object({
  id,
  /** Regular expression (source) a serial number of this family matches, upper-cased. */
  pattern: z.string(),
  /** An example serial number, shown as a hint. */
  example: z.string(),
});

export const modelSchema = z.object({
  id,
  name: z.string(),
  category: id,
  serialFormat: id,
  /** Serial-number prefixes that identify this model without asking the host. */
  serialPrefixes: z.optional(z.array(z.string())),
  /**
   * A picture of the model (URL, relative to the page), shown with its name
   * once the customer has identified the product.
   */
  image: z.optional(imageUrl),
});

export const categorySchema = z.object({ id, label: z.optional(z.string()) });

/**
 * A photo the customer is asked for when an issue is chosen ("the gimbal,
 * close up"). `label` and `hint` are the host's own words; without them, the
 * widget's words for the shot id (for the default shots) are shown.
 */
export const shotSchema = z.object({
  id,
  label: z.optional(z.string()),
  hint: z.optional(z.string()),
  /** The customer cannot go on without at least one photo of this shot. Default false. */
  required: z.optional(z.boolean()),
});

export const issueGroupSchema = z.object({
  id,
  label: z.optional(z.string()),
  issues: z.array(z.object({
    id,
    label: z.optional(z.string()),
    /** The photos asked for when this issue is chosen. */
    shots: z.optional(z.array(shotSchema)),
  })),
});

/** A whole number from `min` up (and to `max`). */
const count = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.number().check(z.refine((n) => Number.isInteger(n) && n >= min && n <= max, `an integer from ${min} to ${max}`));

/**
 * How evidence photos are written again in the browser, and how many the
 * customer may send. Every key is optional: the defaults are in
 * `src/evidence/settings.ts`, with the code that uses them.
 */
export const evidenceSchema = z.object({
  image: z.optional(z.object({
    /** The longest side, in pixels, after scaling down. */
    maxSide: z.optional(count(320, 8192)),
    /** WebP, or JPEG (also where the browser cannot write WebP). */
    format: z.optional(z.enum(['webp', 'jpeg'])),
    /** The encoder's quality, from 0.1 to 1. */
    quality: z.optional(z.number().check(z.refine((q) => q >= 0.1 && q <= 1, 'a number from 0.1 to 1'))),
  })),
  limits: z.optional(z.object({
    /** Photos per shot. */
    perShot: z.optional(count(1)),
    /** Photos in all. */
    total: z.optional(count(1)),
    /** Bytes in all, after the photos are written again. */
    totalBytes: z.optional(count(1)),
  })),
});

export const configSchema = z.object({
  brand: z.object({
    /** Brand name as used in notices ("… only provides repair services"). */
    name: z.string(),
    /** The service plan, as named in "Repair - {plan} intervention". */
    servicePlan: z.string(),
    /** The express replacement offer of the service plan. */
    expressService: z.string(),
  }),
  zones: z.array(zoneSchema).check(z.minLength(1)),
  categories: z.array(categorySchema).check(z.minLength(1)),
  serialFormats: z.array(serialFormatSchema).check(z.minLength(1)),
  models: z.array(modelSchema).check(z.minLength(1)),
  issueGroups: z.array(issueGroupSchema).check(z.minLength(1)),
  /** The issue id that opens the crash questions. */
  crashIssue: id,
  purchaseChannels: z.array(z.object({ id, label: z.optional(z.string()) })),
  /** The support contacts, for every zone that gives none of its own (`zones[].support`). */
  support: z.object({
    email: supportEmail,
    phone: supportPhone,
    chatUrl: url,
    /**
     * The business days support takes to answer a contact message: said to the
     * customer once it is sent, and in the acknowledgement e-mail. Default: not said.
     */
    answerWithinDays: z.optional(count(1, 60)),
  }),
  links: z.object({
    serviceChoiceHelp: url,
    crashCauseHelp: url,
    dataAnalysisHelp: url,
    flightDataSyncHelp: url,
    videoUploadHelp: url,
    serialHelp: url,
    expressInfo: url,
    terms: url,
    tracking: url,
    account: url,
    /**
     * The page with `<repair-status>`: the confirmation and the case form link
     * to it with the case's access token and the customer’s language (`#case=…&token=…&lang=…`) instead of `tracking`.
     */
    statusPage: z.optional(z.string().check(z.refine((v) => /^(https?:\/\/|\/(?!\/))/i.test(v), 'an http(s) URL or a path starting with /'))),
  }),
  /**
   * The parts lists of the service plans: shown as "Parts for {plan}" and "FAQ no. {faq}"
   * in the customer's language, or as the host's own `label` and `note`.
   */
  partsLists: z.array(z.object({
    plan: z.string(),
    url: webUrl,
    faq: z.optional(z.number()),
    label: z.optional(z.string()),
    note: z.optional(z.string()),
  })),
  fee: z.object({ amount: z.number(), currency: z.string().check(z.regex(/^[A-Z]{3}$/)) }),
  files: z.object({
    maxBytes: z.number(),
    /** Accepted file-name extensions, lower case, without the dot. */
    extensions: z.array(z.string()),
  }),
  description: z.object({ min: z.number(), max: z.number() }),
  /** Evidence photos: image options and limits (see `evidenceSchema`). */
  evidence: z.optional(evidenceSchema),
});

export type RepairConfig = z.infer<typeof configSchema>;
export type Zone = z.infer<typeof zoneSchema>;
export type Shot = z.infer<typeof shotSchema>;
export type EvidenceConfig = z.infer<typeof evidenceSchema>;
export type ProductModel = z.infer<typeof modelSchema>;
export type RepairCentre = z.infer<typeof centreSchema>;
/** Support contacts: the global ones, or a zone's over them (`supportFor`). */
export type SupportContacts = RepairConfig['support'];

/**
 * The part of the configuration the Device step reads, the first step painted:
 * the service zones and their countries, the catalogue and the serial numbers'
 * help link. The element paints the first step with the default's part
 * (`device-defaults.ts`) before the rest of the defaults has loaded; a whole
 * `RepairConfig` is one too.
 */
export type DeviceConfig = Pick<RepairConfig, 'categories' | 'serialFormats' | 'models'> & {
  zones: Pick<Zone, 'id' | 'label' | 'countries'>[];
  links: Pick<RepairConfig['links'], 'serialHelp'>;
};

/** A product the signed-in customer owns (host property `ownedProducts`). */
export const ownedProductSchema = z.object({
  /** Catalogue model id. */
  model: id,
  serial: z.string().check(z.minLength(1)),
  nickname: z.optional(z.string()),
});
export type OwnedProduct = z.infer<typeof ownedProductSchema>;

/**
 * Host hook that recognises a serial number: resolves to the catalogue model
 * id, or to nothing when the serial is unknown.
 */
export type SerialLookup = (
  serial: string,
  signal: AbortSignal,
) => Promise<{ model: string } | string | null | undefined>;
