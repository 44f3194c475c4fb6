/**
 * The parser: a pipeline of three stages. `scan` states facts about each line; `findLayout` finds the
 * regions from the anchors; each line is offered to the recognisers in their order, and the resolver picks
 * every field's value from their offers by its precedence table. A line no recogniser claims is `unknown`.
 */
import type { Addressee, Block, BlockType, DateField, Field, Kind, LabelOccurrence, LineClaim, ReplyModel } from '../model';
import { splitText } from './lines';
import { lineRange } from './positions';
import { recognisersByRegion } from './recognisers/index';
import type { SalutationRead } from './recognisers/salutation';
import type { Claim, OfferedField } from './recognisers/types';
import { findLayout } from './regions';
import { resolve, type SourcedOffer } from './resolve';
import { scanLine } from './scan';

export function parse(input: string): ReplyModel {
  const split = splitText(input);
  const lines = split.lines.map(scanLine);
  const layout = findLayout(lines);

  const offers: SourcedOffer[] = [];
  const claims: LineClaim[] = [];
  const blocks: Block[] = [];
  for (const line of lines) {
    if (!line.content) continue;
    const context = { layout, region: layout.regionOf(line.index) };
    let type: BlockType = 'unknown';
    let by: string | null = null;
    let claim: Claim | undefined;
    for (const recogniser of recognisersByRegion.get(context.region)!) {
      if (!recogniser.pretest(line, context)) continue;
      claim = recogniser.claim(line, context);
      if (!claim) continue;
      if (layout.looksLikeReply && claim.offers) {
        for (const o of claim.offers) offers.push({ field: o.field, value: o.value, how: o.how, by: recogniser.id });
      }
      if (claim.type) {
        type = claim.type;
        by = recogniser.id;
        break;
      }
    }
    claims.push({ line: line.index, type, by });
    const block: Block = { type, range: lineRange(line.index, line.start, line.end), line: line.index, text: line.content };
    if (type === 'heading' && claim?.heading) block.heading = claim.heading;
    blocks.push(block);
  }

  const chosen = resolve(offers);
  const value = <T>(field: OfferedField): T | null => (chosen.get(field)?.value as T | undefined) ?? null;
  const salutation = value<SalutationRead>('addressees');
  const sources: Record<string, string> = {};
  for (const [field, { source }] of chosen) sources[field] = source;

  return {
    text: split.text, lines: split.lines, lineOffsets: split.lineOffsets, hasBom: split.hasBom, eol: split.eol,
    kind: value<Field<Kind>>('kind'),
    resultStatus: value<Field>('resultStatus'),
    signer: value<Field>('signer'),
    salutation: value<Field>('salutation'),
    addressees: salutation?.addressees ?? ([] as Addressee[]),
    addresseesEtAl: salutation?.etAl ?? false,
    opening: value<Field>('opening'),
    title: value<Field>('title'),
    organ: value<Field>('organ'),
    date: value<DateField>('date'),
    publicity: value<Field>('publicity'),
    contact: {
      name: value<Field>('contact.name'),
      phone: value<Field>('contact.phone'),
      address: value<Field>('contact.address'),
      postcode: value<Field>('contact.postcode'),
    },
    docNumber: value<Field>('docNumber'),
    proposalNumber: value<Field>('proposalNumber'),
    blocks,
    labels: allLabels(lines),
    looksLikeReply: layout.looksLikeReply,
    explain: { lines: claims, fields: sources },
  };
}

/** Every line's labels in order (a loop: flatMap allocates an array per line). */
function allLabels(lines: { labels: LabelOccurrence[] }[]): LabelOccurrence[] {
  const labels: LabelOccurrence[] = [];
  for (const l of lines) for (const label of l.labels) labels.push(label);
  return labels;
}
