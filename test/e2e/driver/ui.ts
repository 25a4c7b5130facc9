// What users see, checked in the browser: the Problems panel, the Outline view, a hover on a quote,
// and a quick fix applied from the keyboard. Each check waits on the page (selectors with timeouts),
// leaves a screenshot, and reports the feature it concerns.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';

export interface UiResult {
  feature: string;
  ok: boolean;
  error?: string;
  screenshot: string;
}

const UI_WAIT_MS = 20_000;
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

async function quickInput(page: Page, open: () => Promise<void>, text: string, pick: string | RegExp): Promise<void> {
  // Close any hover or menu first, and keep the mouse out of the editor.
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await open();
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: UI_WAIT_MS });
  await input.fill(text);
  // Enter picks the focused row: wait until that row is the one wanted.
  const row = page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: pick }).first();
  await row.waitFor({ state: 'visible', timeout: UI_WAIT_MS });
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: UI_WAIT_MS });
}

/** Runs a command through the command palette (F1), by its label. */
export function runCommand(page: Page, label: string): Promise<void> {
  return quickInput(page, () => page.keyboard.press('F1'), `>${label}`, label);
}

/** Opens a workspace file through Quick Open and waits for its editor tab to be active. */
export async function openFile(page: Page, name: string): Promise<void> {
  await quickInput(page, () => page.keyboard.press(`${MOD}+P`), name, name);
  await page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).waitFor({ state: 'visible', timeout: UI_WAIT_MS });
  await page.locator('.editor-instance .monaco-editor.focused').waitFor({ state: 'visible', timeout: UI_WAIT_MS });
}

/** Moves the cursor with Go to Line (1-based line and column). */
export async function gotoLine(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press(`${MOD}+G`);
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: UI_WAIT_MS });
  await input.fill(`:${line}:${column}`);
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: UI_WAIT_MS });
}

async function expectText(locator: Locator, words: string[], what: string): Promise<void> {
  const deadline = Date.now() + UI_WAIT_MS;
  let text = '';
  for (;;) {
    text = (await locator.innerText({ timeout: UI_WAIT_MS }).catch(() => '')) ?? '';
    const missing = words.filter((w) => !text.includes(w));
    if (!missing.length) return;
    if (Date.now() > deadline) throw new Error(`${what} does not show ${missing.map((w) => `"${w}"`).join(', ')}; it shows:\n${text.slice(0, 800)}`);
    await locator.page().waitForTimeout(200); // re-read the DOM while the view fills in (bounded by the deadline)
  }
}

function lineOf(file: string, needle: string, occurrence = 0): { line: number; column: number } {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i].indexOf(needle);
    if (at >= 0 && seen++ === occurrence) return { line: i + 1, column: at + 1 };
  }
  throw new Error(`fixture: "${needle}" not found in ${path.basename(file)}`);
}

/** Widens the side bar by dragging its sash, so the Outline's Arabic names are not cut off. */
async function widenSideBar(page: Page, by: number): Promise<void> {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box) return;
  const x = box.x + box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + by / 2, y);
  await page.mouse.move(x + by, y);
  await page.mouse.up();
  await page.mouse.move(5, 5);
}

type Clip = { x: number; y: number; width: number; height: number };

/** Grows a box by `margin` on every side, kept inside the page. */
function around(box: Clip, margin: number, page: Page): Clip {
  const size = page.viewportSize() ?? { width: 1400, height: 860 };
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  return { x, y, width: Math.min(size.width - x, box.width + 2 * margin), height: Math.min(size.height - y, box.height + 2 * margin) };
}

function union(a: Clip, b: Clip): Clip {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/**
 * @param docsDir when set (E2E_DOCS_DIR), the passing checks also save a cropped screenshot there for
 * the README (docs/problems.png, docs/outline.png, docs/hover.png).
 */
export async function runUiChecks(page: Page, workspace: string, outDir: string, docsDir?: string): Promise<UiResult[]> {
  const results: UiResult[] = [];
  const docsShot = async (name: string, clip: Clip | null) => {
    if (!docsDir || !clip) return;
    fs.mkdirSync(docsDir, { recursive: true });
    await page.screenshot({ path: path.join(docsDir, `${name}.png`), clip });
  };
  const check = async (feature: string, shot: string, body: () => Promise<void>) => {
    const screenshot = path.join(outDir, `${shot}.png`);
    try {
      await body();
      await page.screenshot({ path: screenshot });
      results.push({ feature, ok: true, screenshot });
    } catch (err) {
      const failed = path.join(outDir, `FAIL-${shot}.png`);
      await page.screenshot({ path: failed }).catch(() => undefined);
      results.push({ feature, ok: false, error: (err as Error).message, screenshot: failed });
    }
  };

  const arabic = path.join(workspace, 'kerry-paris-ar.article');
  const english = path.join(workspace, 'clarke-detentions-en.article');

  await check('problems: the Problems panel lists duplicate-caption and unattributed-quote', 'problems', async () => {
    await openFile(page, 'kerry-paris-ar.article');
    await runCommand(page, 'View: Focus Problems');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible', timeout: UI_WAIT_MS });
    await expectText(panel, ['kerry-paris-ar.article', 'duplicate-caption'], 'problems: the Problems panel');
    await docsShot('problems', await page.locator('.part.panel').boundingBox());
    await expectText(panel, ['unattributed-quote', 'clarke-detentions-en.article'], 'problems: the Problems panel');
  });

  await check('outline: the Outline view shows the headline, sections and speakers', 'outline', async () => {
    await openFile(page, 'kerry-paris-ar.article');
    await runCommand(page, 'View: Hide Panel');
    await runCommand(page, 'Explorer: Focus on Outline View');
    // Give the Outline the whole side bar: collapse the folder view above it.
    const folderHeader = page.locator('.pane-header[aria-label^="Explorer Section"][aria-expanded="true"]');
    if (await folderHeader.count()) await folderHeader.first().click();
    await widenSideBar(page, 160);
    const outline = page.locator('.pane:has(.pane-header[aria-label^="Outline"]) .pane-body');
    await outline.waitFor({ state: 'visible', timeout: UI_WAIT_MS });
    await expectText(outline, ['كيري يرفض الخوض في تفاصيل الاتصالات مع طهران', 'مواقف متباينة', 'المصدر : وكالات', 'جون كيري', 'جين بساكي'], 'outline: the Outline view');
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    await docsShot('outline', sidebar && { x: 0, y: 0, width: Math.min(1400, sidebar.x + sidebar.width + 640), height: 600 });
  });

  await check('hover: hovering a quote shows the speaker card', 'hover', async () => {
    await openFile(page, 'kerry-paris-ar.article');
    // Psaki's quote, low enough in the file for the hover to open above it inside the editor.
    const quote = lineOf(arabic, 'منفتحة على الحوار');
    await gotoLine(page, quote.line, quote.column);
    const words = page.locator('.monaco-editor .view-lines .view-line span span', { hasText: 'منفتحة على الحوار' }).first();
    await words.waitFor({ state: 'visible', timeout: UI_WAIT_MS });
    const box = await words.boundingBox();
    if (!box) throw new Error('hover: the quote is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
    await hover.waitFor({ state: 'visible', timeout: UI_WAIT_MS }).catch(() => {
      throw new Error('hover: no hover appeared on the quote');
    });
    await expectText(hover, ['جين بساكي', 'المتحدثة باسم الخارجية الأميركية'], 'hover: the hover on the quote');
    const hoverBox = await page.locator('.monaco-hover:not(.hidden)').first().boundingBox();
    // The README's crop: the editor's width, from above the hover to below the quote.
    const editorBox = await page.locator('.editor-instance').first().boundingBox();
    await docsShot('hover', hoverBox && editorBox && around({ ...union(hoverBox, box), x: editorBox.x, width: editorBox.width }, 24, page));
  });

  await check('colours: Inspect Editor Tokens shows the grammar scope and a semantic token on a quote', 'tokens', async () => {
    await openFile(page, 'kerry-paris-ar.article');
    const quote = lineOf(arabic, 'لن ندخل في هذا الجدل');
    await gotoLine(page, quote.line, quote.column + 2);
    await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
    const widget = page.locator('.token-inspect-widget');
    await widget.waitFor({ state: 'visible', timeout: UI_WAIT_MS }).catch(() => {
      throw new Error('colours: the token inspector did not open');
    });
    await expectText(widget, ['string.quoted.double.straight.article', 'text.article'], 'grammar: the token inspector');
    await expectText(widget, ['semantic token type'], 'semantic tokens: the token inspector');
  });

  await check('quick fix: "Delete duplicate caption" applied from the keyboard changes the file', 'quick-fix', async () => {
    const caption = '(Reuters) Protesters outside the Home Office in London';
    const before = fs.readFileSync(english, 'utf8');
    const second = before.indexOf(caption, before.indexOf(caption) + 1);
    if (second < 0) throw new Error('fixture: the English article has no repeated caption');
    const expected = before.slice(0, second) + before.slice(second + caption.length + 2); // the line and the blank line it leaves
    await openFile(page, 'clarke-detentions-en.article');
    const at = lineOf(english, caption, 1);
    await gotoLine(page, at.line, at.column + 3);
    await page.keyboard.press(`${MOD}+Period`);
    const menu = page.locator('.action-widget');
    await menu.waitFor({ state: 'visible', timeout: UI_WAIT_MS }).catch(() => {
      throw new Error('quick fix: Ctrl+. opened no code action menu on the duplicate caption');
    });
    const item = menu.locator('.monaco-list-row.action', { hasText: 'Delete duplicate caption' }).first();
    await item.waitFor({ state: 'visible', timeout: UI_WAIT_MS }).catch(async () => {
      throw new Error(`quick fix: "Delete duplicate caption" is not in the menu; it shows: ${(await menu.innerText().catch(() => '')).replace(/\n/g, ' | ')}`);
    });
    // Walk the menu with the arrow keys until the fix is focused (bounded by the menu's length).
    const rows = await menu.locator('.monaco-list-row.action').count();
    for (let i = 0; i <= rows && !(await item.evaluate((el) => el.classList.contains('focused'))); i++) await page.keyboard.press('ArrowDown');
    if (!(await item.evaluate((el) => el.classList.contains('focused')))) throw new Error('quick fix: could not focus "Delete duplicate caption" with the arrow keys');
    await page.screenshot({ path: path.join(outDir, 'quick-fix-menu.png') });
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: UI_WAIT_MS });
    await page.keyboard.press(`${MOD}+S`);
    const deadline = Date.now() + UI_WAIT_MS;
    let now = before;
    while ((now = fs.readFileSync(english, 'utf8')) !== expected) {
      if (Date.now() > deadline) throw new Error(`quick fix: after the fix and Ctrl+S the file on disk is not the article minus the repeated caption; it reads:\n${now}`);
      await page.waitForTimeout(100); // the save reaches the disk asynchronously (bounded by the deadline)
    }
  });

  return results;
}
