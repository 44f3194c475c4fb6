import type { Recogniser } from './types';

/** The closing sentences above the signature (`感谢您对…的关心和支持`, `特此函复`). */
export const thanks: Recogniser = {
  id: 'thanks',
  pretest: (line, { region, layout }) => region === 'body' && line.index >= layout.anchors.thanksFrom,
  claim: () => ({ type: 'thanks' }),
};
