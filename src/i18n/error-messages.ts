/**
 * Error codes to words, at render time, so a language switch also translates
 * the errors already on screen. A field may give a more specific wording for
 * `required` (GOV.UK style: "Select…", "Enter…").
 */
import { msg, str } from './msg.js';
import type { RepairConfig } from '../config/config-schema.js';
import type { ErrorCode } from '../schema/codes.js';
import { formatFileTypes, formatNumber, formatSize } from './format.js';



/** What to say when a field is missing, GOV.UK style: what to do, about this field. */
const REQUIRED: Record<string, () => string> = {
  'device.zone': () => msg('Select your service zone.'),
  'device.country': () => msg('Select your country or region.'),
  'device.identifiedBy': () => msg('Choose how to identify your product.'),
  'device.serial': () => msg('Enter the serial number, or select one of your products.'),
  'device.model': () => msg('Select your product model.'),
  'malfunction.serviceType': () => msg('Select the service you need.'),
  'malfunction.description': () => msg('Describe the problem.'),
  'malfunction.expressChoice': () => msg('Choose how you want to continue.'),
  'malfunction.aircraftSerial': () => msg('Enter the aircraft serial number.'),
  'malfunction.crashCause': () => msg('Select what caused the accident.'),
  'malfunction.dataAnalysis': () => msg('Choose whether you want a data analysis.'),
  'malfunction.accidentDate': () => msg('Enter the date of the accident.'),
  'malfunction.flightEnvironment': () => msg('Select where the accident happened.'),
  'malfunction.abnormalCondition': () => msg('Select the abnormal condition before the accident.'),
  'malfunction.flightAccount': () => msg('Enter the account used during the flight.'),
  'parts.kind': () => msg('Select what you will send.'),
  'recipient': () => msg('Enter the recipient’s name.'),
  'line1': () => msg('Enter the street and number.'),
  'postalCode': () => msg('Enter the postal code.'),
  'city': () => msg('Enter the town or city.'),
  'region': () => msg('Enter the region.'),
  'country': () => msg('Select the country.'),
  'phone': () => msg('Enter a phone number.'),
};

/**
 * The words for an error code. With the field's path, `required` says what to
 * do with that field ("Select your service zone."); an address field's last
 * segment is enough, wherever the address form sits.
 */
export function errorMessage(code: ErrorCode, config: RepairConfig, locale: string, path?: string): string {
  switch (code) {
    case 'required': {
      const specific = path && (REQUIRED[path] ?? (path.includes('ddress') ? REQUIRED[path.split('.').pop()!] : undefined));
      return specific ? specific() : msg('This field is required.');
    }
    case 'invalid': return msg('This value is not valid.');
    case 'country_not_in_zone': return msg('Select a country or region in the chosen service zone.');
    case 'serial_format': return msg('This serial number does not have the expected format. Check the label on your product.');
    case 'serial_unrecognised': return msg('We could not recognise this serial number. Check it, or choose your model from the list instead.');
    case 'serial_model_mismatch': return msg('This serial number belongs to another model.');
    case 'replacement_by_email': return msg(str`Replacement requests cannot be made online. Send an e-mail to ${config.support.email}.`);
    case 'issues_required': return msg('Select at least one problem.');
    case 'description_too_short': return msg(str`Describe the problem in at least ${formatNumber(config.description.min, locale)} characters.`);
    case 'description_too_long': return msg(str`The description must be ${formatNumber(config.description.max, locale)} characters or fewer.`);
    case 'support_contact_required': return msg('Confirm that you contacted support and the problem could not be solved.');
    case 'date_invalid': return msg('Enter a real date.');
    case 'date_in_future': return msg('The date must be today or in the past.');
    case 'date_before_receipt': return msg('The accident date cannot be before the date you received the product.');
    case 'file_type': return msg(str`This file type is not accepted. Upload a ${formatFileTypes(config.files.extensions, locale)} file.`);
    case 'file_too_large': return msg(str`The file must be ${formatSize(config.files.maxBytes, locale)} or smaller.`);
    case 'express_confirm_required': return msg('Confirm the aircraft serial number to use the express service.');
    case 'email_invalid': return msg('Enter an e-mail address in the correct format, like name@example.com.');
    case 'flight_data_sync_required': return msg('Sync your flight data and confirm it before you continue.');
    case 'url_invalid': return msg('Enter a link that starts with http:// or https://.');
    case 'terms_required': return msg('Accept the terms and conditions to submit your request.');
    case 'postal_code_invalid': return msg('Enter a postal code in the format used in this country.');
    case 'phone_invalid': return msg('Enter a phone number that is valid in this country.');
    case 'vat_invalid': return msg('Enter a VAT number in the format used in this country.');
    case 'address_out_of_zone': return msg('This address is outside the service zone chosen in the Device step.');
    case 'address_required': return msg('Select a return address. If you are adding a new one, save it first.');
    case 'verification_required': return msg('Complete the verification before you send your message.');
  }
}
