/**
 * The widget's value as a field of the page's `<form>`: the request as JSON
 * under the widget's `name`, and the proof of purchase, when there is one, as
 * the file entry `{name}.proofOfPurchase`. Pure: FormData only.
 */
import type { RepairRequest } from '../schema/request.js';
import { isFile, toPayload } from './payload.js';

export function formValue(name: string, request: RepairRequest): FormData {
  const data = new FormData();
  data.append(name, JSON.stringify(toPayload(request)));
  const file = request.malfunction.proofOfPurchase;
  if (isFile(file)) data.append(`${name}.proofOfPurchase`, file, file.name);
  return data;
}
