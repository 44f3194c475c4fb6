import { CLASS_LINE } from '../patterns';
import { fieldAt, offer } from './support';
import type { Recogniser } from './types';

/** A class alone on its line (`B类`, `(A类)`). */
export const classLine: Recogniser = {
  id: 'class-line',
  regions: ['header', 'signature', 'tail'],
  pretest: (line) => line.content.length <= 6,
  claim(line) {
    const match = CLASS_LINE.exec(line.content);
    if (!match) return undefined;
    const printed = match[1] ?? match[2];
    const at = line.start + line.content.indexOf(printed);
    return { type: 'header', offers: [offer('resultStatus', fieldAt(line, at, at + printed.length))] };
  },
};
