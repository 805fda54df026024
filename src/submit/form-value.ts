/**
 * The widget's value as a field of the page's `<form>`: the request as JSON
 * under the widget's `name`, and each file of a file field as the file entry
 * `{name}.{field key}` (`{name}.proofOfPurchase`, `{name}.photos` once per
 * photo, in the order the JSON describes them). A file a draft kept by its id
 * alone (no bytes here) has no entry: the JSON gives its upload id. Pure:
 * FormData only.
 */
import type { RepairRequest } from '../schema/request.js';
import { filesToSend, toPayload } from './payload.js';

export function formValue(name: string, request: RepairRequest): FormData {
  const data = new FormData();
  data.append(name, JSON.stringify(toPayload(request)));
  for (const { part, file } of filesToSend(request)) data.append(`${name}.${part}`, file, file.name);
  return data;
}
