// Small helpers that look at the VS Code workbench the way a person does: by what is on screen.

/** Polls `probe` until it returns something other than undefined; fails with `what` at `timeoutMs`. */
export async function until(what, probe, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Opens a workspace file with Quick Open (Ctrl+P), retrying if something steals the focus meanwhile. */
export async function openWithQuickOpen(page, fileName, firstLine, timeoutMs = 180_000) {
  const editorLine = page.locator('.monaco-editor .view-line', { hasText: firstLine }).first();
  await until(`${fileName} to open`, async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    if (!(await input.isVisible().catch(() => false))) return undefined;
    await input.fill(fileName);
    const match = page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first();
    if (!(await match.waitFor({ timeout: 30_000 }).then(() => true, () => false))) return undefined;
    await page.keyboard.press('Enter');
    return (await editorLine.waitFor({ timeout: 30_000 }).then(() => true, () => false)) ? true : undefined;
  }, timeoutMs);
}

/** Squiggles of `kind` ('error' or 'warning') drawn at the height of the editor line showing `text`. */
export async function squigglesOnLine(page, kind, text) {
  const line = page.locator('.monaco-editor .view-line', { hasText: text }).first();
  const box = await line.boundingBox();
  if (!box) return [];
  const squiggles = await page.locator(`.monaco-editor .squiggly-${kind}`).evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }),
  );
  return squiggles.filter((squiggle) => squiggle.y < box.y + box.height && squiggle.y + squiggle.height > box.y);
}

/** The text of the editor's visible lines, as rendered (no-break spaces turned back into spaces). */
export async function visibleText(page) {
  const lines = await page.locator('.monaco-editor .view-lines .view-line').evaluateAll((elements) =>
    elements
      .map((element) => ({ top: element.getBoundingClientRect().top, text: element.textContent ?? '' }))
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text),
  );
  return lines.join('\n').replace(/\u00a0/g, ' ');
}
