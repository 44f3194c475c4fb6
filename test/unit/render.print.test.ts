/**
 * The same reply three ways, compared as printed pages: the .docx converted by LibreOffice, the standalone
 * HTML printed by Chromium, and the preview's own pages (its webview script run in Chromium).
 */
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { parse } from '../../src/core/parser/parse';
import { renderDocx } from '../../src/core/render/docx';
import { HtmlRenderer } from '../../src/core/render/html';
import { resolveRenderSettings } from '../../src/core/render/settings';
import {
  INSTALLED_FONTS,
  inkBands,
  launchChromium,
  libreOfficeToPdf,
  pdfInfo,
  previewTemplates,
  repoRoot,
  requireTools,
  samplePath,
  tempDir,
  type InkBand,
} from './render-support';

const settings = resolveRenderSettings({ fonts: INSTALLED_FONTS });
const renderer = new HtmlRenderer(previewTemplates());
const previewScript = path.join(repoRoot, 'media/dist/preview.js');

/** The webview shell with a stand-in for VS Code's webview API that records the messages posted. */
function webviewPage(text: string): string {
  return renderer.webview(renderer.content(parse(text), settings), {
    nonce: 'test-nonce',
    cspSource: 'file:',
    scriptUri: pathToFileURL(previewScript).href,
    styleUri: pathToFileURL(path.join(repoRoot, 'media/preview/preview.css')).href,
    state: { version: 1, line: 0, scrollSync: true, strings: { page: '第 {n} 页' } },
    lang: 'zh-CN',
  });
}

async function previewPages(browser: Browser, file: string): Promise<{ pages: number; messages: { type: string }[] }> {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  try {
    await page.addInitScript(() => {
      const recorded: unknown[] = [];
      Object.assign(window, {
        recorded,
        acquireVsCodeApi: () => ({ postMessage: (m: unknown) => recorded.push(m), getState: () => undefined, setState: () => undefined }),
      });
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => (window as unknown as { recorded: { type: string }[] }).recorded.some((m) => m.type === 'rendered'));
    const messages = await page.evaluate(() => (window as unknown as { recorded: { type: string }[] }).recorded);
    const pages = await page.locator('#pr-pages .pr-page').count();
    return { pages, messages };
  } finally {
    await page.close();
  }
}

/** Text lines of a page: ink bands inside the text block (the page number stands below it). */
function textLines(bands: InkBand[]): InkBand[] {
  const foot = settings.layout.pageHeightMm - settings.layout.marginBottomMm;
  return bands.filter((band) => band.bottom <= foot + 1);
}

describe('printed pages: LibreOffice, Chromium print and the preview agree', function () {
  this.timeout(180_000);
  let browser: Browser;
  let work: ReturnType<typeof tempDir>;
  let loPdf: string;
  let chromiumPdf: string;
  let htmlFile: string;

  before(async function () {
    requireTools(this, ['chromium', 'soffice', 'pdfinfo', 'pdftoppm']);
    assert.ok(readFileSync(previewScript).length > 0, 'media/dist/preview.js is built (npm run bundle)');
    work = tempDir('render-print-');
    const model = parse(readFileSync(samplePath, 'utf8'));
    const docx = path.join(work.dir, 'sample.docx');
    writeFileSync(docx, await renderDocx(model, settings));
    loPdf = await libreOfficeToPdf(docx, work.dir);
    htmlFile = path.join(work.dir, 'sample.html');
    writeFileSync(htmlFile, renderer.standalone(model, settings));
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(pathToFileURL(htmlFile).href);
    chromiumPdf = path.join(work.dir, 'sample-chromium.pdf');
    writeFileSync(chromiumPdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.close();
  });

  after(async () => {
    await browser?.close();
    work?.remove();
  });

  it('prints A4 pages, as many from Chromium as from LibreOffice', async () => {
    const lo = await pdfInfo(loPdf);
    const chromium = await pdfInfo(chromiumPdf);
    for (const info of [lo, chromium]) {
      assert.ok(Math.abs(info.width - 210) < 0.5 && Math.abs(info.height - 297) < 0.5, `A4, got ${info.width} x ${info.height} mm`);
    }
    assert.ok(lo.pages >= 5, `the sample fills several pages, got ${lo.pages}`);
    assert.equal(chromium.pages, lo.pages);
  });

  it('puts the lines of every page at the same heights, 22 to a full page, with the page number 7 mm below', async () => {
    const { pages } = await pdfInfo(loPdf);
    const { linePitchMm } = { linePitchMm: (297 - 37 - 35) / 22 };
    for (let page = 1; page <= pages; page++) {
      const lo = await inkBands(loPdf, page);
      const chromium = await inkBands(chromiumPdf, page);
      const loLines = textLines(lo);
      const chromiumLines = textLines(chromium);
      assert.equal(chromiumLines.length, loLines.length, `page ${page}: lines`);
      loLines.forEach((line, i) => {
        assert.ok(Math.abs(line.top - chromiumLines[i].top) < 1.5, `page ${page} line ${i + 1}: ${line.top.toFixed(1)} vs ${chromiumLines[i].top.toFixed(1)} mm`);
        assert.ok(line.top >= 37 - 1 && line.bottom <= 262 + 1, `page ${page} line ${i + 1} lies in the text block`);
      });
      // The page number: below the text block, 7 mm under its foot.
      for (const bands of [lo, chromium]) {
        const folio = bands[bands.length - 1];
        assert.ok(folio.top > 262 + 5 && folio.top < 262 + 10, `page ${page}: page number at ${folio.top.toFixed(1)} mm`);
      }
      if (page === 2) {
        assert.equal(loLines.length, 22, 'a full page holds 22 lines');
        const pitch = (loLines[21].top - loLines[0].top) / 21;
        assert.ok(Math.abs(pitch - linePitchMm) < 0.15, `line pitch ${pitch.toFixed(2)} mm`);
      }
    }
  });

  it('cuts the preview into as many pages as the printouts', async () => {
    const file = path.join(work.dir, 'preview.html');
    writeFileSync(file, webviewPage(readFileSync(samplePath, 'utf8')));
    const { pages, messages } = await previewPages(browser, file);
    const { pages: printed } = await pdfInfo(chromiumPdf);
    assert.equal(pages, printed);
    assert.deepEqual(
      messages.filter((m) => m.type === 'rendered'),
      [{ type: 'rendered', version: 1, pages }],
    );
  });
});
