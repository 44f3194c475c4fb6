/** What the .docx reader returns: the text for the parser, and the layout for the layout rules. */

export interface DocxRun {
  text: string;
  /** The font for Chinese characters (w:rFonts/@w:eastAsia), inheritance and theme resolved. */
  eastAsiaFont: string | null;
  /** The font for Latin letters and digits (w:rFonts/@w:ascii). */
  asciiFont: string | null;
  sizePt: number;
  bold: boolean;
  /** The run shows the page number (it is, or stands for, a PAGE field's result). */
  pageField?: boolean;
}

export type DocxAlign = 'left' | 'center' | 'right' | 'justify' | 'distribute';

export interface DocxParagraph {
  /** 0-based position among all paragraphs in reading order; the text's line for a paragraph without breaks. */
  index: number;
  /** The paragraph's text; line breaks inside the paragraph are `\n`. */
  text: string;
  where: 'body' | 'table' | 'textbox' | 'footer';
  /** The paragraph style's name, when it has one. */
  style: string | null;
  align: DocxAlign;
  /** Indents in twips (1/20 pt); a hanging indent is a negative first line. */
  indent: { left: number; right: number; firstLine: number };
  /** Indents in hundredths of a character, where the file gives them (they take precedence in Word). */
  indentChars: { left?: number; right?: number; firstLine?: number };
  spacing: { line: number | null; lineRule: 'auto' | 'exact' | 'atLeast'; before: number; after: number };
  runs: DocxRun[];
  /** 0-based index into `sections`. */
  section: number;
}

export interface DocxFooter {
  kind: 'default' | 'even' | 'first';
  part: string;
  paragraphs: DocxParagraph[];
}

export interface DocxSection {
  /** Page size and margins in twips (1/1440 inch). */
  pageWidth: number | null;
  pageHeight: number | null;
  orientation: 'portrait' | 'landscape';
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number; gutter: number } | null;
  grid: { type: 'default' | 'lines' | 'linesAndChars' | 'snapToChars'; linePitch: number | null; charSpace: number | null };
  /** Footers in force, inherited from the previous section where this one names none. */
  footers: DocxFooter[];
  titlePage: boolean;
}

export interface DocxLine {
  /** The paragraph the line belongs to (index into `paragraphs`). */
  paragraph: number;
  /** Where the line starts inside the paragraph's text. */
  offset: number;
}

export interface DocxDocument {
  /** The text, one paragraph per line (paragraphs of tables and text boxes included), ending with a newline. */
  text: string;
  paragraphs: DocxParagraph[];
  sections: DocxSection[];
  /** settings.xml asks for different footers on odd and even pages. */
  evenAndOddFooters: boolean;
  /** For each line of `text`, the paragraph it belongs to. */
  lines: DocxLine[];
}
