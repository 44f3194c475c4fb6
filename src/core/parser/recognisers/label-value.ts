import type { Field } from '../../model';
import { lineRange } from '../positions';
import { offer, PERSON_NAME } from './support';
import type { Offer, Recogniser } from './types';

/** What a value on its own line must look like to be taken for the empty label above it. */
const VALUE_SHAPE: Record<string, RegExp> = {
  signer: PERSON_NAME,
  'contact.name': PERSON_NAME,
  'contact.phone': /^[0-9\uff10-\uff19][0-9\uff10-\uff19\-\u2014\uff0d()\uff08\uff09 ]{5,24}$/,
  'contact.postcode': /^[0-9]{6}$/,
  resultStatus: /^[^。,\uff0c;\uff1b:\uff1a]{1,16}$/,
};

/** The value of a label that ends the line above with nothing after its colon (`签发人:` / `詹镭`). */
export const labelValue: Recogniser = {
  id: 'label-value',
  regions: ['header', 'body', 'signature', 'tail'],
  pretest: (line, { layout }) => line.labels.length === 0 && line.content.length <= 24 && layout.previousLive(line)?.labelLine === true,
  claim(line, { layout }) {
    const above = layout.previousLive(line)!;
    const label = above.labels[above.labels.length - 1];
    const shape = label.field && VALUE_SHAPE[label.field];
    if (label.value || !shape || !shape.test(line.content)) return undefined;
    const value: Field = {
      value: line.content,
      range: lineRange(line.index, line.start, line.end),
      label: { text: label.name, range: label.labelRange },
    };
    const offers: Offer[] = [offer(label.field as Offer['field'], value)];
    return { type: label.field!.startsWith('contact') ? 'contact' : 'header', offers };
  },
};
