// A person's view of the print preview in VS Code (code-server in Debian's Chromium): Ctrl+K V opens it
// beside the editor, it shows A4 pages, scrolling the editor scrolls it, and a double-click in it puts the
// cursor on that line. Screenshots go to test-artifacts/ui/.
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWithQuickOpen, until } from './editor.mjs';
import { openWorkbench, repoRoot } from './workbench.mjs';

/** Opens the sample from the Explorer (a click on its row), falling back to Quick Open. */
async function openReply(page) {
  const line = page.locator('.monaco-editor .view-line', { hasText: '钟跃崎委员' }).first();
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'changning.reply.txt' }).first();
  const opened = await until('the sample in the Explorer', async () => {
    if (await row.isVisible().catch(() => false)) await row.click();
    return (await line.waitFor({ timeout: 10_000 }).then(() => true, () => false)) ? true : undefined;
  }, 120_000).catch(() => false);
  if (!opened) await openWithQuickOpen(page, 'changning.reply.txt', '钟跃崎委员');
}

/** The webview frame that holds the preview's pages, once it has laid them out. */
async function previewFrame(page) {
  for (const frame of page.frames()) {
    const pages = await frame.evaluate(() => document.querySelectorAll('#pr-pages .pr-page').length).catch(() => 0);
    if (pages > 0) return frame;
  }
  return undefined;
}

describe('VS Code UI: the print preview', function () {
  // Extension activation and webviews are slow on a busy machine.
  this.timeout(600_000);
  let session;
  let page;
  const shoot = (name) => session.shoot(name);

  before(async function () {
    this.timeout(600_000);
    session = await openWorkbench({
      prefix: 'proposal-reply-ui-preview-',
      prepare: (workspace) => copyFileSync(join(repoRoot, 'samples', 'changning-2024-aigc.reply.txt'), join(workspace, 'changning.reply.txt')),
    });
    page = session.page;
    await openReply(page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await shoot(`failed-preview-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => {});
  });

  after(async function () {
    this.timeout(60_000);
    await session?.close();
  });

  it('opens beside the editor with Ctrl+K V and shows the reply on A4 pages', async () => {
    // The extension is active once the reply's problems are counted in the status bar.
    await until('the reply to be checked', async () => {
      const status = await page.locator('#status\\.problems').innerText().catch(() => '');
      return /[1-9]/.test(status) ? status : undefined;
    }, 240_000);
    const frame = await until('the preview to show pages', async () => {
      await page.locator('.monaco-editor .view-line', { hasText: '钟跃崎委员' }).first().click();
      await page.keyboard.press('Control+K');
      await page.keyboard.press('V');
      return until('pages in a webview', () => previewFrame(page), 30_000).catch(() => undefined);
    }, 180_000);
    const pages = await frame.evaluate(() =>
      Array.from(document.querySelectorAll('.pr-page'), (element) => {
        const rect = element.getBoundingClientRect();
        return { ratio: rect.height / rect.width, folio: element.querySelector('.pr-folio')?.textContent };
      }),
    );
    assert.ok(pages.length >= 5, `pages: ${pages.length}`);
    for (const [i, shown] of pages.entries()) {
      assert.ok(Math.abs(shown.ratio - 297 / 210) < 0.01, `page ${i + 1} is A4`);
      assert.equal(shown.folio, `— ${i + 1} —`);
    }
    assert.match(await frame.evaluate(() => document.body.innerText), /钟跃崎委员/);
    // Without the side bars the pages show at a readable size.
    const pageWidth = () => frame.evaluate(() => document.querySelector('.pr-page')?.getBoundingClientRect().width ?? 0);
    const narrow = await pageWidth();
    await page.keyboard.press('Control+B');
    await page.keyboard.press('Control+Alt+B');
    await until('the preview to widen', async () => ((await pageWidth()) > narrow + 50 ? true : undefined));
    await page.mouse.move(0, 0);
    await shoot('preview-beside-editor');
  });

  it('scrolls with the editor', async () => {
    const frame = await previewFrame(page);
    const before = await frame.evaluate(() => window.scrollY);
    await page.locator('.monaco-editor .view-line', { hasText: '钟跃崎委员' }).first().click();
    const after = await until('the preview to scroll', async () => {
      await page.keyboard.press('PageDown');
      const y = await frame.evaluate(() => window.scrollY);
      return y > before + 200 ? y : undefined;
    });
    assert.ok(after > before);
    await shoot('preview-scrolled-with-editor');
  });

  it('puts the cursor on the line double-clicked in the preview', async () => {
    const frame = await previewFrame(page);
    const organ = frame.locator('[data-line="42"]').first();
    await organ.scrollIntoViewIfNeeded();
    await organ.dblclick();
    const status = await until('the cursor on line 43', async () => {
      const text = await page.locator('#status\\.editor\\.selection').innerText().catch(() => '');
      return /\b43\b/.test(text) ? text : undefined;
    });
    assert.match(status, /43/);
    await shoot('preview-double-click');
  });
});
