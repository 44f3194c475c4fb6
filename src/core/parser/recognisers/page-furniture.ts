import type { Recogniser } from './types';

/** Web-page furniture and the 版记 line around a published copy: never read for fields. */
export const pageFurniture: Recogniser = {
  id: 'page-furniture',
  regions: ['furniture'],
  pretest: () => true,
  claim: () => ({ type: 'footer' }),
};
