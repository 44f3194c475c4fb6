import type { Recogniser } from './types';

/** Running text of the body. */
export const paragraph: Recogniser = {
  id: 'paragraph',
  pretest: (_line, { region }) => region === 'body',
  claim: () => ({ type: 'paragraph' }),
};
