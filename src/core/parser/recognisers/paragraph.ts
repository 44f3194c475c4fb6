import type { Recogniser } from './types';

/** Running text of the body. */
export const paragraph: Recogniser = {
  id: 'paragraph',
  regions: ['body'],
  pretest: () => true,
  claim: () => ({ type: 'paragraph' }),
};
