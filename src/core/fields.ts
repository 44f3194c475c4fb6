import { fieldAt, type FieldPath } from './fieldRegistry';
import type { ReplyFields, ReplyModel } from './model';

/** The plain values of a model's fields, as `proposal-reply fields` prints them. */
export function toFields(model: ReplyModel): ReplyFields {
  const value = (path: FieldPath) => (fieldAt(model, path)?.value as string | null | undefined) ?? null;
  return {
    kind: model.kind?.value ?? null,
    resultStatus: value('resultStatus'),
    signer: value('signer'),
    addressees: model.addressees.map(({ name, role }) => ({ name, role })),
    addresseesEtAl: model.addresseesEtAl,
    title: value('title'),
    organ: value('organ'),
    date: model.date?.value ?? null,
    publicity: value('publicity'),
    contact: {
      name: value('contact.name'),
      phone: value('contact.phone'),
      address: value('contact.address'),
      postcode: value('contact.postcode'),
    },
    docNumber: value('docNumber'),
    proposalNumber: value('proposalNumber'),
  };
}
