/**
 * HTML from the laid-out reply, through the Handlebars templates in templates/preview/. Every piece of the
 * user's text goes through Handlebars' escaping; the only unescaped inserts are our own rendered fragments
 * and the stylesheet, whose font names are cleaned by resolveRenderSettings. Pure: the template sources are
 * handed in, so the same code runs in Node, in the extension host and in a browser.
 */
import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostic';
import type { ReplyModel } from '../model';
import { layoutReply, type LaidOutBlock, type LaidOutDocument } from './layout';
import { FONT_ROLES, FONT_SIZE_PT, GENERIC_FAMILY, pageMetrics, type FontRole, type RenderSettings } from './settings';

export const PREVIEW_TEMPLATE_NAMES = ['document', 'page.css', 'standalone', 'webview'] as const;
export type PreviewTemplateName = (typeof PREVIEW_TEMPLATE_NAMES)[number];
/** The template texts, read from `templates/preview/<name>.hbs`. */
export type PreviewTemplateSources = Record<PreviewTemplateName, string>;

export function previewTemplateFile(name: PreviewTemplateName): string {
  return `templates/preview/${name}.hbs`;
}

export interface WebviewPage {
  nonce: string;
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  /** Initial state for the webview script, carried as escaped JSON in a data attribute. */
  state: unknown;
  lang: string;
}

export interface ContentOptions {
  /** Mark the blocks that diagnostics point at (the preview does, exports do not). */
  diagnostics?: readonly Diagnostic[];
}

/** The document's blocks as HTML, with the layout and settings they came from. */
export interface RenderedContent {
  html: string;
  document: LaidOutDocument;
  settings: RenderSettings;
}

type Compiled = Record<PreviewTemplateName, Handlebars.TemplateDelegate>;

const RUNTIME: Handlebars.RuntimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

export function cssFontFamily(names: readonly string[], role: FontRole): string {
  return [...names.map((name) => `"${name}"`), GENERIC_FAMILY[role]].join(', ');
}

export class HtmlRenderer {
  private readonly templates: Compiled;

  constructor(sources: PreviewTemplateSources) {
    const handlebars = Handlebars.create();
    const templates = {} as Compiled;
    for (const name of PREVIEW_TEMPLATE_NAMES) {
      templates[name] = handlebars.compile(sources[name], { strict: true, knownHelpersOnly: true });
    }
    this.templates = templates;
  }

  css(settings: RenderSettings): string {
    const { layout } = settings;
    const metrics = pageMetrics(layout);
    const fonts = {} as Record<FontRole, string>;
    for (const role of FONT_ROLES) fonts[role] = cssFontFamily(settings.fonts[role], role);
    const indents = Array.from({ length: layout.charsPerLine * 2 }, (_, i) => ({ step: i + 1, em: (i + 1) / 2 }));
    return this.templates['page.css'](
      {
        lines: layout.linesPerPage,
        chars: layout.charsPerLine,
        textWidth: round(metrics.textWidthMm),
        textHeight: round(metrics.textHeightMm),
        pageWidth: layout.pageWidthMm,
        pageHeight: layout.pageHeightMm,
        marginTop: layout.marginTopMm,
        marginBottom: layout.marginBottomMm,
        marginLeft: layout.marginLeftMm,
        marginRight: layout.marginRightMm,
        pageNumberGap: layout.pageNumberGapMm,
        folioTop: round(layout.pageHeightMm - layout.marginBottomMm + layout.pageNumberGapMm),
        titleSize: FONT_SIZE_PT.title,
        smallSize: FONT_SIZE_PT.small,
        fonts,
        indents,
      },
      RUNTIME,
    );
  }

  /** The document's blocks, each tagged with its source line. */
  content(model: ReplyModel, settings: RenderSettings, options: ContentOptions = {}): RenderedContent {
    const document = layoutReply(model, { charsPerLine: settings.layout.charsPerLine, diagnostics: options.diagnostics });
    const html = this.templates.document({ blocks: document.blocks.map(blockView) }, RUNTIME);
    return { html, document, settings };
  }

  /** A standalone page: styles inlined, no scripts, print CSS for A4. */
  standalone(model: ReplyModel, settings: RenderSettings): string {
    const { html, document } = this.content(model, settings);
    return this.templates.standalone({ title: document.title, css: this.css(settings), content: html }, RUNTIME);
  }

  /** The preview's page shell: strict CSP with a nonce, resources only from the webview's own source. */
  webview(content: RenderedContent, page: WebviewPage): string {
    return this.templates.webview(
      {
        ...page,
        state: JSON.stringify(page.state ?? null),
        title: content.document.title,
        css: this.css(content.settings),
        content: content.html,
      },
      RUNTIME,
    );
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

interface BlockView {
  blank: boolean;
  spread: boolean;
  classes: string;
  line: number;
  tooltip: string;
  runs: { text: string; font: FontRole }[];
  endRuns: { text: string; font: FontRole }[];
}

function blockView(block: LaidOutBlock): BlockView {
  const classes = ['pr-block', `pr-${block.kind}`];
  if (block.headingLevel) classes.push(`pr-heading-${block.headingLevel}`);
  if (block.size !== 'body') classes.push(`pr-${block.size}`);
  if (block.align !== 'justify') classes.push(`pr-${block.align}`);
  if (block.firstLineChars > 0) classes.push('pr-indent');
  if (block.leftChars > 0) classes.push(`pr-l-${Math.round(block.leftChars * 2)}`);
  if (block.rightChars > 0) classes.push(`pr-r-${Math.round(block.rightChars * 2)}`);
  const worst = block.diagnostics.find((d) => d.severity === 'error') ?? block.diagnostics.find((d) => d.severity === 'warning') ?? block.diagnostics[0];
  if (worst) classes.push('pr-diag', `pr-diag-${worst.severity}`);
  return {
    blank: block.kind === 'blank',
    spread: block.align === 'spread',
    classes: classes.join(' '),
    line: block.line,
    tooltip: block.diagnostics.map((d) => `${d.message} (${d.ruleId})`).join('\n'),
    runs: block.runs,
    endRuns: block.endRuns ?? [],
  };
}
