import type { FieldPath } from '../../fieldRegistry';
import type { BlockType, HeadingInfo } from '../../model';
import type { Layout, Region } from '../regions';
import type { ScannedLine } from '../scan';

/** What a recogniser may offer a value for: the fields, and the model's parts that are no field of their own. */
export type OfferedField = FieldPath | 'salutation' | 'opening';

export interface Offer {
  field: OfferedField;
  /** The model's value for the field: a Field, a DateField, or for `addressees` a SalutationRead. */
  value: unknown;
  /** How the recogniser found it, when it has several ways that rank differently (`opening/proposer`). */
  how?: string;
}

export interface Claim {
  /** The line's type; a claim without one only offers values, and the next recogniser types the line. */
  type?: BlockType;
  heading?: HeadingInfo;
  offers?: Offer[];
}

export interface RecogniserContext {
  layout: Layout;
  region: Region;
}

export interface Recogniser {
  id: string;
  /** The regions whose lines it may claim; it is not asked about the others. */
  regions: readonly Region[];
  /** A cheap test that rules a line out before `claim` looks at it. */
  pretest(line: ScannedLine, context: RecogniserContext): boolean;
  claim(line: ScannedLine, context: RecogniserContext): Claim | undefined;
}
