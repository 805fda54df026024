/**
 * Error words for the steps after the first, the contact form included:
 * loaded with their code, and added to `errorMessage` on import.
 */
import { addErrorWords } from './error-messages.js';
import { formatFileTypes, formatNumber, formatSize } from './format.js';
import { msg, str } from './msg.js';
import { ltr } from './bidi.js';
import { supportFor } from '../config/support-contacts.js';

const enterEmail = () => msg('Enter your e-mail address.');

/** What to say when a field is missing, GOV.UK style; an address field's last segment is enough, wherever the form sits. */
const REQUIRED: Record<string, () => string> = {
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
  'address.email': enterEmail,
  'recipient': () => msg('Enter the recipient’s name.'),
  'line1': () => msg('Enter the street and number.'),
  'postalCode': () => msg('Enter the postal code.'),
  'city': () => msg('Enter the town or city.'),
  'region': () => msg('Enter the region.'),
  'country': () => msg('Select the country.'),
  'phone': () => msg('Enter a phone number.'),
  'contact.product': () => msg('Select the product.'),
  'contact.productName': () => msg('Enter the product name.'),
  'contact.name': () => msg('Enter your full name.'),
  'contact.zone': () => msg('Select your continent.'),
  'contact.country': () => msg('Select your country or region.'),
  'contact.email': enterEmail,
  'contact.phoneType': () => msg('Select the type of phone number.'),
  'contact.issue': () => msg('Select the problem type.'),
  'contact.subject': () => msg('Enter a subject.'),
  'contact.description': () => msg('Describe the problem.'),
};

addErrorWords((code, config, locale, path, zone) => {
  switch (code) {
    case 'required': {
      const specific = path && (REQUIRED[path] ?? (path.includes('ddress') ? REQUIRED[path.split('.').pop()!] : undefined));
      return specific ? specific() : undefined;
    }
    case 'replacement_by_email': return msg(str`Replacement requests cannot be made online. Send an e-mail to ${ltr(supportFor(config, zone).email)}.`);
    case 'issues_required': return msg('Select at least one problem.');
    case 'description_too_short': return msg(str`Describe the problem in at least ${formatNumber(config.description.min, locale)} characters.`);
    case 'description_too_long': return msg(str`The description must be ${formatNumber(config.description.max, locale)} characters or fewer.`);
    case 'support_contact_required': return msg('Confirm that you contacted support and the problem could not be solved.');
    case 'date_invalid': return msg('Enter a real date.');
    case 'date_missing_day': return msg('The date must include a day.');
    case 'date_missing_month': return msg('The date must include a month.');
    case 'date_missing_year': return msg('The date must include a year.');
    case 'date_invalid_day': return msg('The day must be a number from 1 to 31.');
    case 'date_invalid_month': return msg('The month must be a number from 1 to 12.');
    case 'date_invalid_year': return msg('The year must have 4 digits.');
    case 'date_day_not_in_month': return msg('The date must be a real date: the month has fewer days.');
    case 'date_in_future': return msg('The date must be today or in the past.');
    case 'date_before_receipt': return msg('The accident date cannot be before the date you received the product.');
    case 'file_type': return msg(str`This file type is not accepted. Upload a ${formatFileTypes(config.files.extensions, locale)} file.`);
    case 'file_content': return msg('This file could not be read: it is damaged, or its content is not the type its name says. Choose another file.');
    case 'file_too_large': return msg(str`The file must be ${formatSize(config.files.maxBytes, locale)} or smaller.`);
    case 'express_confirm_required': return msg('Confirm the aircraft serial number to use the express service.');
    case 'aircraft_serial_other_model': return msg('This serial number belongs to another model than the one chosen in the Device step. Check the serial number or the product.');
    case 'email_invalid': return msg('Enter an e-mail address in the correct format, like name@example.com.');
    case 'flight_data_sync_required': return msg('Sync your flight data and confirm it before you continue.');
    case 'url_invalid': return msg('Enter a link that starts with http:// or https://.');
    case 'terms_required': return msg('Accept the terms and conditions to submit your request.');
    case 'postal_code_invalid': return msg('Enter a postal code in the format used in this country.');
    case 'phone_invalid': return msg('Enter a phone number that is valid in this country.');
    case 'vat_invalid': return msg('Enter a VAT number that is valid in this country.');
    case 'address_out_of_zone': return msg('This address is outside the service zone chosen in the Device step.');
    case 'address_required': return msg('Select a return address. If you are adding a new one, save it first.');
    case 'verification_required': return msg('Complete the verification before you send your message.');
    default: return undefined;
  }
});
