/**
 * The preview's webview script in Chromium, with a stand-in for VS Code's webview API: it applies updates
 * from the host, scrolls to the editor's line, reports its own scrolling and double-clicks.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { parse } from '../../src/core/parser/parse';
import { HtmlRenderer } from '../../src/core/render/html';
import { resolveRenderSettings } from '../../src/core/render/settings';
import { INSTALLED_FONTS, launchChromium, previewTemplates, repoRoot, requireTools, samplePath, tempDir } from './render-support';

const renderer = new HtmlRenderer(previewTemplates());
const settings = resolveRenderSettings({ fonts: INSTALLED_FONTS });
const sample = readFileSync(samplePath, 'utf8');

interface Message {
  type: string;
  version?: number;
  pages?: number;
  line?: number;
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { recorded: Message[] }).recorded.slice());

async function waitFor(page: Page, predicate: (messages: Message[]) => boolean, what: string): Promise<Message[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const messages = await recorded(page);
    if (predicate(messages)) return messages;
    if (Date.now() > deadline) throw new Error(`no ${what} from the webview; it sent ${JSON.stringify(messages)}`);
    await page.waitForTimeout(50);
  }
}

/** Lets the script's requestAnimationFrame callbacks run. */
const nextFrames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

describe('preview webview script', function () {
  this.timeout(90_000);
  let browser: Browser;
  let work: ReturnType<typeof tempDir>;
  let page: Page;

  before(async function () {
    requireTools(this, ['chromium']);
    work = tempDir('render-webview-');
    const file = path.join(work.dir, 'preview.html');
    writeFileSync(
      file,
      renderer.webview(renderer.content(parse(sample), settings), {
        nonce: 'n0',
        cspSource: 'file:',
        scriptUri: pathToFileURL(path.join(repoRoot, 'media/dist/preview.js')).href,
        styleUri: pathToFileURL(path.join(repoRoot, 'media/preview/preview.css')).href,
        state: { version: 1, line: 0, scrollSync: true, strings: { page: 'Page {n}' } },
        lang: 'en',
      }),
    );
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.addInitScript(() => {
      const messages: unknown[] = [];
      Object.assign(window, { recorded: messages, acquireVsCodeApi: () => ({ postMessage: (m: unknown) => messages.push(m), getState: () => undefined, setState: () => undefined }) });
    });
    await page.goto(pathToFileURL(file).href);
    await waitFor(page, (messages) => messages.some((m) => m.type === 'ready'), '"ready"');
  });

  after(async () => {
    await browser?.close();
    work?.remove();
  });

  it('labels each page and numbers it `— N —`, odd at the right and even at the left', async () => {
    const folios = await page.locator('.pr-page').evaluateAll((pages) =>
      pages.map((p) => ({ label: p.getAttribute('aria-label'), text: p.querySelector('.pr-folio')?.textContent, odd: p.querySelector('.pr-folio')?.classList.contains('pr-folio-odd') })),
    );
    assert.ok(folios.length >= 5);
    folios.forEach((folio, i) => assert.deepEqual(folio, { label: `Page ${i + 1}`, text: `— ${i + 1} —`, odd: i % 2 === 0 }));
  });

  it('applies an update from the host and reports the version it laid out', async () => {
    const longer = sample.replace('最后,我们感谢', `${'新增的段落内容。'.repeat(150)}\n\n最后,我们感谢`);
    const { html } = renderer.content(parse(longer), settings);
    await page.evaluate((content) => window.postMessage({ type: 'update', html: content, version: 2 }, '*'), html);
    const messages = await waitFor(page, (all) => all.some((m) => m.type === 'rendered' && m.version === 2), '"rendered" for version 2');
    const first = messages.find((m) => m.type === 'rendered' && m.version === 1);
    const second = messages.find((m) => m.type === 'rendered' && m.version === 2);
    assert.ok(first && second && second.pages !== undefined && first.pages !== undefined);
    assert.ok(second.pages > first.pages, `${second.pages} pages after adding text, ${first.pages} before`);
    assert.equal(await page.locator('.pr-page').count(), second.pages);
    assert.match(await page.locator('#pr-pages').innerText(), /新增的段落内容。/);
  });

  it('scrolls to the line the editor shows, without echoing it back', async () => {
    const before = (await recorded(page)).length;
    await page.evaluate(() => window.postMessage({ type: 'scrollToLine', line: 44 }, '*'));
    await page.waitForFunction(() => window.scrollY > 0);
    await nextFrames(page);
    const dateTop = await page.locator('[data-line="44"]').first().evaluate((element) => element.getBoundingClientRect().top);
    assert.ok(Math.abs(dateTop - 12) < 20, `the date's block is at the top (${dateTop}px)`);
    const after = (await recorded(page)).slice(before);
    assert.deepEqual(after.filter((m) => m.type === 'revealLine'), []);
  });

  it('tells the host the line at the top when the user scrolls, and the line double-clicked', async () => {
    const before = (await recorded(page)).length;
    await page.mouse.move(500, 400);
    await page.mouse.wheel(0, -1500);
    const reveal = await waitFor(page, (all) => all.slice(before).some((m) => m.type === 'revealLine'), '"revealLine" after the wheel');
    const line = reveal.slice(before).find((m) => m.type === 'revealLine')?.line ?? -1;
    assert.ok(line >= 0 && line < 44, `line ${line}`);

    await page.locator('[data-line="6"]').first().dblclick();
    const opened = await waitFor(page, (all) => all.some((m) => m.type === 'openLine'), '"openLine" after the double-click');
    assert.deepEqual(opened.filter((m) => m.type === 'openLine'), [{ type: 'openLine', line: 6 }]);
  });
});
