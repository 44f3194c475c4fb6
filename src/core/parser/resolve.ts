/**
 * The resolver: each field's value is chosen by this table, not by the order the lines were read in. For a
 * field, the sources are listed best first (`recogniser` or `recogniser/how`); among offers of the same
 * source the first in the document wins. A source not listed never sets the field.
 */
import type { Offer, OfferedField } from './recognisers/types';

// A name or a number read from the other's label (`联系人:张三 12345678`) ranks below its own label.
const CONTACT = ['label-line', 'table-row', 'label-value', 'doc-number', 'label-line/beside', 'table-row/beside'];

export const PRECEDENCE: Readonly<Record<OfferedField, readonly string[]>> = {
  // The document's own title names the kind most reliably; the role in the salutation is what offices
  // most often print; the proposer named in the opening is the last resort.
  kind: ['doc-title', 'opening', 'salutation', 'opening/proposer'],
  resultStatus: ['label-line', 'table-row', 'label-value', 'doc-number', 'class-line'],
  signer: ['label-line', 'table-row', 'label-value', 'doc-number', 'signer-sentence'],
  docNumber: ['doc-number', 'label-line/after-signer'],
  salutation: ['salutation'],
  addressees: ['salutation'],
  opening: ['opening'],
  title: ['opening'],
  organ: ['organ', 'date/date-line', 'label-line', 'table-row'],
  date: ['date'],
  publicity: ['publicity', 'label-line', 'table-row'],
  'contact.name': CONTACT,
  'contact.phone': CONTACT,
  'contact.address': CONTACT,
  'contact.postcode': CONTACT,
  proposalNumber: ['label-line', 'table-row', 'doc-number', 'doc-title', 'opening'],
};

export interface SourcedOffer extends Offer {
  by: string;
}

export interface Resolved {
  value: unknown;
  source: string;
}

/** The winning offer for each field that has one. */
export function resolve(offers: readonly SourcedOffer[]): Map<OfferedField, Resolved> {
  const chosen = new Map<OfferedField, Resolved & { rank: number }>();
  for (const candidate of offers) {
    const source = candidate.how ? `${candidate.by}/${candidate.how}` : candidate.by;
    const rank = PRECEDENCE[candidate.field].indexOf(source);
    if (rank < 0) continue;
    const best = chosen.get(candidate.field);
    if (!best || rank < best.rank) chosen.set(candidate.field, { value: candidate.value, source, rank });
  }
  return chosen;
}
