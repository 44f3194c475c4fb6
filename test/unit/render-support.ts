/**
 * What the render and export tests use to look at the output as a person would: the preview templates,
 * headless Chromium, LibreOffice (docx → PDF) and poppler (page count, rasterised pages). The tools come
 * from scripts/ensure-render-tools.sh; without them these tests are skipped, except in CI where they fail.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { PREVIEW_TEMPLATE_NAMES, previewTemplateFile, type PreviewTemplateSources } from '../../src/core/render/html';
// The flags of every Chromium the tests start, shared with scripts/vscode/browser.mjs.
import chromiumFlags from '../../scripts/chromium-flags.json';

export const repoRoot = path.resolve(__dirname, '../../..');
export const samplePath = path.join(repoRoot, 'samples/changning-2024-aigc.reply.txt');
export const corpusDir = path.join(repoRoot, 'test/fixtures/corpus');

const run = promisify(execFile);

export function previewTemplates(): PreviewTemplateSources {
  const sources = {} as PreviewTemplateSources;
  for (const name of PREVIEW_TEMPLATE_NAMES) sources[name] = readFileSync(path.join(repoRoot, previewTemplateFile(name)), 'utf8');
  return sources;
}

/** Fonts this machine has (Debian's fonts-noto-cjk, fonts-arphic-*), so Chromium and LibreOffice measure the same glyphs. */
export const INSTALLED_FONTS = {
  fangsong: ['Noto Serif CJK SC'],
  heiti: ['Noto Sans CJK SC'],
  kaiti: ['AR PL UKai CN'],
  xiaobiaosong: ['Noto Serif CJK SC'],
  songti: ['Noto Serif CJK SC'],
};

export const CHROMIUM = '/usr/bin/chromium';

function has(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Skips the suite when a tool is missing, but fails in CI, where scripts/ensure-render-tools.sh must have run. */
export function requireTools(context: Mocha.Context, tools: ('chromium' | 'soffice' | 'pdfinfo' | 'pdftoppm')[]): void {
  const missing = tools.filter((tool) => (tool === 'chromium' ? !existsSync(CHROMIUM) : !has(tool)));
  if (missing.length === 0) return;
  const message = `missing ${missing.join(', ')}: run scripts/ensure-render-tools.sh`;
  if (process.env.CI) throw new Error(message);
  context.skip();
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: chromiumFlags });
}

export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Converts with LibreOffice headless, with its own profile in `dir` so parallel runs do not collide. */
export async function libreOfficeToPdf(docx: string, dir: string): Promise<string> {
  const profile = `file://${path.join(dir, 'lo-profile')}`;
  await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 120_000 });
  const pdf = path.join(dir, `${path.basename(docx, path.extname(docx))}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${docx}`);
  return pdf;
}

export interface PdfInfo {
  pages: number;
  /** Page size in millimetres. */
  width: number;
  height: number;
}

export async function pdfInfo(pdf: string): Promise<PdfInfo> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  const mm = (pt: string) => (Number(pt) * 25.4) / 72;
  return { pages, width: size ? mm(size[1]) : NaN, height: size ? mm(size[2]) : NaN };
}

/** A run of pixel rows with ink: one printed line (or the page number), in millimetres from the page's top. */
export interface InkBand {
  top: number;
  bottom: number;
}

/** Rasterises one page in grey and returns its rows of ink, top to bottom. */
export async function inkBands(pdf: string, page: number, dpi = 100): Promise<InkBand[]> {
  const { stdout } = await run('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), pdf], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  const image = stdout as unknown as Buffer;
  // PGM: "P5", width, height, maxval, one whitespace, then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(image.toString('latin1', 0, 64));
  if (!header) throw new Error('pdftoppm gave no PGM image');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  const bands: InkBand[] = [];
  let from = -1;
  for (let y = 0; y <= height; y++) {
    let ink = false;
    if (y < height) {
      const row = start + y * width;
      for (let x = 0; x < width && !ink; x++) ink = image[row + x] < 160;
    }
    if (ink && from < 0) from = y;
    if (!ink && from >= 0) {
      bands.push({ top: (from / dpi) * 25.4, bottom: (y / dpi) * 25.4 });
      from = -1;
    }
  }
  return bands;
}

/** Renders one page to `<out>.png`, for looking at it. */
export async function pngOfPage(pdf: string, page: number, out: string, dpi: number): Promise<string> {
  await run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, out]);
  return `${out}.png`;
}
