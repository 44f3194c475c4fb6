// A person's view of a reply with defects in VS Code (code-server in Debian's Chromium): squiggles in
// the editor, rows in the Problems panel, and a quick fix that changes the text. Screenshots go to
// test-artifacts/ui/.
import assert from 'node:assert/strict';
import { openWithQuickOpen, squigglesOnLine, until, visibleText } from './editor.mjs';
import { openWorkbench } from './workbench.mjs';

// test/fixtures/workspace/defects.reply.txt, as the command-line linter reports it.
const EXPECTED_RULES = ['punctuation-width', 'heading-order', 'bracket-balance', 'date-format', 'placeholder', 'phone-format', 'postcode-format'];
const BAD_DATE = '2024年04月30日';
const FIXED_DATE = '2024年4月30日';

describe('VS Code UI: a reply with defects', function () {
  let session;
  let page;
  const shoot = (name) => session.shoot(name);

  before(async function () {
    this.timeout(600_000);
    session = await openWorkbench({ prefix: 'proposal-reply-ui-' });
    page = session.page;
    try {
      await openWithQuickOpen(page, 'defects.reply.txt', '钟跃崎委员');
    } catch (error) {
      await shoot('failed-opening-the-reply').catch(() => {});
      throw error;
    }
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await shoot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => {});
  });

  after(async function () {
    this.timeout(60_000);
    await session?.close();
  });

  it('underlines errors in red and warnings in yellow on the lines that have them', async () => {
    const placeholder = await until('an error squiggle under the placeholder', async () => {
      const found = await squigglesOnLine(page, 'error', 'XXX');
      return found.length > 0 ? found : undefined;
    });
    assert.ok(placeholder.length > 0);
    assert.ok((await squigglesOnLine(page, 'warning', BAD_DATE)).length > 0, 'no warning squiggle under the date with a leading zero');
    assert.ok((await page.locator('.monaco-editor .squiggly-error').count()) >= 3, 'fewer than 3 error squiggles');
    assert.ok((await page.locator('.monaco-editor .squiggly-warning').count()) >= 4, 'fewer than 4 warning squiggles');
    assert.deepEqual(await squigglesOnLine(page, 'error', '钟跃崎委员'), [], 'the salutation is underlined though it is correct');
    await shoot('1-squiggles');
  });

  it('lists every problem in the Problems panel (Ctrl+Shift+M)', async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    const texts = await until('the Problems panel to list the problems', async () => {
      const all = await rows.allInnerTexts();
      return EXPECTED_RULES.every((rule) => all.some((text) => text.includes(rule))) ? all : undefined;
    });
    const problemRows = texts.filter((text) => EXPECTED_RULES.some((rule) => text.includes(rule)));
    assert.equal(problemRows.length, EXPECTED_RULES.length, `rows:\n${texts.join('\n')}`);
    await shoot('2-problems-panel');
  });

  it('fixes the date with the quick fix offered on its squiggle (Ctrl+.)', async () => {
    const [squiggle] = await squigglesOnLine(page, 'warning', BAD_DATE);
    assert.ok(squiggle, 'no squiggle under the date');
    await page.mouse.click(squiggle.x + squiggle.width / 2, squiggle.y + squiggle.height / 2);
    // The light bulb shows in the gutter once the code actions are known; Ctrl+. opens them as a menu.
    await page.locator('.monaco-editor [class*="codicon-gutter-lightbulb"]').first().waitFor({ timeout: 120_000 });
    const actions = page.locator('.action-widget .monaco-list-row.action');
    await until('the quick fix menu', async () => {
      await page.keyboard.press('Control+.');
      return (await actions.first().waitFor({ timeout: 15_000 }).then(() => true, () => false)) ? true : undefined;
    }, 120_000);
    await shoot('3-quick-fix-menu');
    const fix = actions.filter({ hasText: '(date-format)' }).first();
    assert.equal(await fix.count(), 1, `no fix for date-format among: ${(await actions.allInnerTexts()).join(' | ')}`);
    await fix.click();

    const text = await until('the fixed date in the editor', async () => {
      const shown = await visibleText(page);
      return shown.includes(FIXED_DATE) ? shown : undefined;
    });
    assert.ok(!text.includes(BAD_DATE), 'the date with a leading zero is still there');
    await until('the date squiggle to go away', async () => ((await squigglesOnLine(page, 'warning', FIXED_DATE)).length === 0 ? true : undefined));
    const rows = page.locator('.markers-panel .monaco-list-row');
    await until('the date problem to leave the Problems panel', async () => {
      const texts = await rows.allInnerTexts();
      return texts.some((text) => text.includes('placeholder')) && !texts.some((text) => text.includes('date-format')) ? true : undefined;
    });
    await shoot('4-after-quick-fix');
  });
});
