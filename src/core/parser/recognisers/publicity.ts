import { PUBLICITY_LINE } from '../patterns';
import { fieldAt, offer } from './support';
import type { Recogniser } from './types';

/** The publication attribute on its own line (`(此件公开发布)`). */
export const publicity: Recogniser = {
  id: 'publicity',
  pretest: (line, { region }) => region !== 'header' && (line.content.includes('公开')),
  claim(line) {
    const match = PUBLICITY_LINE.exec(line.content);
    if (!match) return undefined;
    const at = line.start + line.content.indexOf(match[1]);
    return { type: 'publicity', offers: [offer('publicity', fieldAt(line, at, at + match[1].length))] };
  },
};
