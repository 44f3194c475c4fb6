import type { Field, Range, ReplyModel } from '../model';
import { fieldAt, LABEL_FILLS, type FieldPath } from '../fieldRegistry';
import { lineRange } from '../parser/positions';

/**
 * Where a schema problem is shown. A wrong value is marked where it stands; a missing
 * one at its empty label, else where the parser saw it unreadable, else the place the
 * layout gives it.
 */
export function rangeForValue(model: ReplyModel, path: string): Range | undefined {
  const addressee = /^addressees\.(\d+)/.exec(path);
  if (addressee) return model.addressees[Number(addressee[1])]?.range ?? model.salutation?.range;
  if (path === 'addressees') return model.salutation?.range;
  return fieldAt(model, path)?.range;
}

export function rangeForMissing(model: ReplyModel, path: string): Range {
  return emptyLabelRange(model, path) ?? rangeForValue(model, path) ?? layoutRange(model, path);
}

function emptyLabelRange(model: ReplyModel, path: string): Range | undefined {
  const label = model.labels.find(
    (occurrence) => occurrence.field === path || (occurrence.field !== null && LABEL_FILLS[occurrence.field]?.includes(path as FieldPath)),
  );
  return label && { start: label.labelRange.start, end: label.colonRange.end };
}

function layoutRange(model: ReplyModel, path: string): Range {
  const lineOf = (field: Field<unknown> | null) => (field ? field.range.start.line : undefined);
  const organ = lineOf(model.organ);
  const date = lineOf(model.date);
  const publicity = lineOf(model.publicity);
  switch (path) {
    case 'addressees':
      if (model.salutation) return model.salutation.range;
      return model.opening ? lineStart(model, model.opening.range.start.line - 1) : headerRange(model);
    case 'title':
      return model.opening?.range ?? headerRange(model);
    case 'organ':
      return placeAt(model, date !== undefined ? date - 1 : publicity !== undefined ? publicity - 1 : undefined);
    case 'date':
      return placeAt(model, organ !== undefined ? organ + 1 : publicity !== undefined ? publicity - 1 : undefined);
    case 'publicity':
      return placeAt(model, date !== undefined ? date + 1 : organ !== undefined ? organ + 1 : undefined);
    case 'contact.name':
    case 'contact.phone':
    case 'contact.address':
    case 'contact.postcode':
      return model.blocks.find((block) => block.type === 'contact')?.range ?? documentEnd(model);
    default:
      return headerRange(model);
  }
}

/** The header line, else the start of the document. */
function headerRange(model: ReplyModel): Range {
  return model.blocks.find((block) => block.type === 'header')?.range ?? lineStart(model, 0);
}

function placeAt(model: ReplyModel, line: number | undefined): Range {
  return line === undefined ? documentEnd(model) : lineStart(model, line);
}

function lineStart(model: ReplyModel, line: number): Range {
  if (line >= model.lines.length) return documentEnd(model);
  return lineRange(Math.max(0, line), 0, 0);
}

function documentEnd(model: ReplyModel): Range {
  const last = Math.max(0, model.lines.length - 1);
  const end = model.lines[last]?.length ?? 0;
  return lineRange(last, end, end);
}
