// English words for the error codes, for the `message` of each field error.
// The widget shows its own (translated) words for the code; these are for
// people reading the response, and for other clients.

import type { RepairConfig } from '../config/config-schema.js';
import { supportFor } from '../config/support-contacts.js';
import { photoLimits } from '../schema/photos.js';

/**
 * English words for an error code, with the configuration's limits; a support contact named is that of the
 * request's service zone (`zone`, the Device step's), as the widget shows it.
 */
export function englishMessage(code: string, config: RepairConfig, zone?: string): string {
  const { files, description } = config;
  const photos = photoLimits(config);
  switch (code) {
    case 'required': return 'This field is required.';
    case 'invalid': return 'This value is not valid.';
    case 'country_not_in_zone': return 'The country is not in the chosen service zone.';
    case 'serial_format': return 'The serial number does not have the expected format.';
    case 'serial_unrecognised': return 'The serial number is not recognised; choose the model instead.';
    case 'serial_model_mismatch': return 'The serial number belongs to another model.';
    case 'replacement_by_email': return `Replacement requests cannot be made online; send an e-mail to ${supportFor(config, zone).email}.`;
    case 'issues_required': return 'Select at least one problem.';
    case 'description_too_short': return `The description must be at least ${description.min} characters long.`;
    case 'description_too_long': return `The description must be ${description.max} characters or fewer.`;
    case 'support_contact_required': return 'Confirm that support was contacted and could not solve the problem.';
    case 'date_invalid': return 'The date is not a real date (YYYY-MM-DD).';
    case 'date_day_not_in_month': return 'The date is not a real date: the month has fewer days.';
    case 'date_in_future': return 'The date must be today or in the past.';
    case 'date_before_receipt': return 'The accident date cannot be before the date the product was received.';
    case 'file_type': return `The file must be one of ${files.extensions.join(', ')}.`;
    case 'file_content': return 'The file is damaged, or its content is not the type its name says.';
    case 'file_too_large': return `The file must be ${files.maxBytes} bytes or smaller.`;
    case 'photos_per_shot': return `At most ${photos.perShot} photos of one shot.`;
    case 'photos_total': return `At most ${photos.total} photos in all.`;
    case 'photos_too_large': return `The photos must be ${photos.totalBytes} bytes or smaller together.`;
    case 'photo_required': return 'This shot needs at least one photo.';
    case 'upload_unknown': return 'This file was sent ahead, but the server does not know it or no longer keeps it: send it again.';
    case 'upload_claimed': return 'This file sent ahead belongs to another case: send it again.';
    case 'upload_wrong_field': return 'This file was sent ahead for another field.';
    case 'upload_failed': return 'This file could not be sent.';
    case 'express_confirm_required': return 'Confirm the aircraft serial number to use the express service.';
    case 'aircraft_serial_other_model': return 'The aircraft serial number belongs to another model than the device\'s (`device.model`).';
    case 'email_invalid': return 'The e-mail address is not valid.';
    case 'flight_data_sync_required': return 'Confirm that the flight data was synced.';
    case 'url_invalid': return 'The link must start with http:// or https://.';
    case 'terms_required': return 'The terms and conditions must be accepted.';
    case 'postal_code_invalid': return 'The postal code does not have the format used in this country.';
    case 'phone_invalid': return 'The phone number is not valid in this country.';
    case 'vat_invalid': return 'The VAT number does not have the format or the check digits of this country\'s numbers.';
    case 'address_out_of_zone': return 'The return address is outside the chosen service zone.';
    case 'address_required': return 'A return address is required.';
    case 'verification_required': return 'The verification is missing.';
    case 'not_applicable': return 'This question does not apply to the other answers: leave it out.';
    case 'unknown_field': return 'This field is not part of the request.';
    case 'too_long': return 'This text is too long.';
    default: return 'This value is not valid.';
  }
}
