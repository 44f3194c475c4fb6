/**
 * The recognisers, in the order they are asked about each line: the first that claims a type for a line
 * types it; those before it may only have offered values (a signer named in a sentence, a salutation at the
 * start of the opening). A new layout is a new recogniser here, with its line in the precedence table.
 */
import { classLine } from './class-line';
import { docNumber } from './doc-number';
import { docTitle } from './doc-title';
import { heading } from './heading';
import { labelLine } from './label-line';
import { labelValue } from './label-value';
import { opening } from './opening';
import { signatureDate, signatureOrgan } from './organ-date';
import { pageFurniture } from './page-furniture';
import { paragraph } from './paragraph';
import { publicity } from './publicity';
import { salutation } from './salutation';
import { signerSentence } from './signer-sentence';
import { tableRow } from './table-row';
import { thanks } from './thanks';
import type { Region } from '../regions';
import type { Recogniser } from './types';

export const recognisers: readonly Recogniser[] = [
  pageFurniture,
  salutation,
  opening,
  labelLine,
  tableRow,
  docNumber,
  classLine,
  publicity,
  signatureDate,
  signatureOrgan,
  labelValue,
  signerSentence,
  heading,
  thanks,
  docTitle,
  paragraph,
];

/** The recognisers that may claim a line of each region, in their order. */
export const recognisersByRegion: ReadonlyMap<Region, readonly Recogniser[]> = new Map(
  (['header', 'body', 'signature', 'tail', 'furniture'] as const).map((region) => [region, recognisers.filter((r) => r.regions.includes(region))]),
);
