import type { Recogniser } from './types';

/** The closing sentences above the signature (`感谢您对…的关心和支持`, `特此函复`). */
export const thanks: Recogniser = {
  id: 'thanks',
  regions: ['body'],
  pretest: (line, { layout }) => line.index >= layout.anchors.thanksFrom,
  claim: () => ({ type: 'thanks' }),
};
