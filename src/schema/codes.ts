/**
 * Every validation error the widget can show, as a stable code. Schemas store
 * codes, never sentences; `i18n/error-messages.ts` turns them into words at
 * render time, and back ends receive them in problem responses.
 */
export const ERROR_CODES = [
  'required',
  'invalid',
  'country_not_in_zone',
  'serial_format',
  'serial_unrecognised',
  'serial_model_mismatch',
  'replacement_by_email',
  'issues_required',
  'description_too_short',
  'description_too_long',
  'support_contact_required',
  'date_invalid',
  'date_missing_day',
  'date_missing_month',
  'date_missing_year',
  'date_invalid_day',
  'date_invalid_month',
  'date_invalid_year',
  /** Every part is in its range but the month has fewer days (31 February): the day is the wrong part. */
  'date_day_not_in_month',
  'date_in_future',
  'date_before_receipt',
  'file_type',
  /** A file of an accepted type by its name whose content is not that type (or is damaged): choosing it again cannot help. */
  'file_content',
  'file_too_large',
  /** More photos of one shot than `evidence.limits.perShot`. */
  'photos_per_shot',
  /** More photos in all than `evidence.limits.total`. */
  'photos_total',
  /** Photos larger together than `evidence.limits.totalBytes`. */
  'photos_too_large',
  /** A shot the configuration requires has no photo. */
  'photo_required',
  /** A file sent ahead (`{ "upload": id }`) the server does not know, or no longer keeps: send the file again. */
  'upload_unknown',
  /** A file sent ahead that another case already holds. */
  'upload_claimed',
  /** A file sent ahead for another field (a proof of purchase referenced as a photo). */
  'upload_wrong_field',
  /** A file the widget could not send ahead (widget only): retry or remove it. */
  'upload_failed',
  'express_confirm_required',
  /** The express path's aircraft serial belongs, by the catalogue's prefixes, to another model than the Device step's aircraft. */
  'aircraft_serial_other_model',
  'email_invalid',
  'flight_data_sync_required',
  'url_invalid',
  'terms_required',
  'postal_code_invalid',
  'phone_invalid',
  'vat_invalid',
  'address_out_of_zone',
  'address_required',
  'verification_required',
  /** An answer to a question that does not apply (server only: the widget never sends one). */
  'not_applicable',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const isErrorCode = (value: unknown): value is ErrorCode =>
  (ERROR_CODES as readonly unknown[]).includes(value);
