import type { ReplyFields, ReplyModel } from './model';

/** The plain values of a model's fields, as `proposal-reply fields` prints them. */
export function toFields(model: ReplyModel): ReplyFields {
  const value = (field: { value: string | null } | null) => field?.value ?? null;
  return {
    kind: model.kind?.value ?? null,
    resultStatus: value(model.resultStatus),
    signer: value(model.signer),
    addressees: model.addressees.map(({ name, role }) => ({ name, role })),
    addresseesEtAl: model.addresseesEtAl,
    title: value(model.title),
    organ: value(model.organ),
    date: model.date?.value ?? null,
    publicity: value(model.publicity),
    contact: {
      name: value(model.contact.name),
      phone: value(model.contact.phone),
      address: value(model.contact.address),
      postcode: value(model.contact.postcode),
    },
    docNumber: value(model.docNumber),
    proposalNumber: value(model.proposalNumber),
  };
}
