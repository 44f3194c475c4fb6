/** The values of the contact block's labels, wherever the parser found them. */
import type { Field, LabelOccurrence, LabeledFieldKey, Range, ReplyModel } from '../../model';

export interface ContactValue {
  value: string;
  range: Range;
}

/** The values of every label feeding one of `keys`; falls back to the model's field when no label carried it. */
export function contactValues(model: ReplyModel, keys: LabeledFieldKey[], field: Field | null): ContactValue[] {
  const labelled = model.labels
    .filter((label: LabelOccurrence) => label.field !== null && keys.includes(label.field) && label.value !== '')
    .map((label) => ({ value: label.value, range: label.valueRange }));
  if (labelled.length > 0) return labelled;
  return field && field.value !== '' ? [{ value: field.value, range: field.range }] : [];
}
