import { readPublicityLine } from '../patterns';
import { fieldAt, offer } from './support';
import type { Recogniser } from './types';

/** The publication attribute on its own line (`(此件公开发布)`, `此件主动公开`). */
export const publicity: Recogniser = {
  id: 'publicity',
  regions: ['body', 'signature', 'tail'],
  pretest: (line) => line.content.includes('公开'),
  claim(line) {
    const read = readPublicityLine(line.content);
    if (!read) return undefined;
    const at = line.start + read.at;
    return { type: 'publicity', offers: [offer('publicity', fieldAt(line, at, at + read.value.length))] };
  },
};
