import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import type { Diagnostic } from '../../src/core/diagnostic';
import { parse } from '../../src/core/parser/parse';
import { HtmlRenderer } from '../../src/core/render/html';
import { resolveRenderSettings } from '../../src/core/render/settings';
import { launchChromium, previewTemplates, repoRoot, requireTools, samplePath, tempDir } from './render-support';

const renderer = new HtmlRenderer(previewTemplates());
const settings = resolveRenderSettings();
const sample = readFileSync(samplePath, 'utf8');

/** A reply whose text tries to run script and to inject template syntax. */
const HOSTILE = [
  '办理结果:解决或采纳 签发人:<script>window.pwned=1</script>',
  '',
  '张三<img src=x onerror="window.pwned=2">委员:',
  '',
  '您提出的关于“{{constructor.constructor}}”的提案收悉,现将办理情况答复如下:',
  '',
  '一、{{{raw}}} & </p><p onclick=alert(1)>不是段落',
  '',
  '长宁区科学技术委员会',
  '2024年4月30日',
].join('\n');
const HOSTILE_TEXTS = ['<script>window.pwned=1</script>', '<img src=x onerror="window.pwned=2">', '{{constructor.constructor}}', '{{{raw}}} & </p><p onclick=alert(1)>'];

const page = {
  nonce: 'N0nce123',
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/dist/preview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview/preview.css',
  state: { version: 3, line: 0, scrollSync: true, strings: { page: '第 {n} 页' } },
  lang: 'zh-CN',
};

describe('render html: blocks, escaping, CSP and print CSS', () => {
  it('tags every block with its source line, in order', () => {
    const model = parse(sample);
    const { html } = renderer.content(model, settings);
    const lines = [...html.matchAll(/data-line="(\d+)"/g)].map((m) => Number(m[1]));
    assert.deepEqual(lines, model.blocks.map((b) => b.line));
  });

  it('escapes the text: no tag or template syntax of the reply survives as markup', () => {
    for (const html of [renderer.content(parse(HOSTILE), settings).html, renderer.standalone(parse(HOSTILE), settings)]) {
      assert.doesNotMatch(html, /<script>window|<img|<p onclick/);
      assert.match(html, /&lt;script&gt;window\.pwned&#x3D;1&lt;\/script&gt;/);
      assert.match(html, /&lt;img src&#x3D;x onerror&#x3D;&quot;window\.pwned&#x3D;2&quot;&gt;/);
      assert.match(html, /\{\{constructor\.constructor\}\}/);
      assert.match(html, /\{\{\{raw\}\}\} &amp; &lt;\/p&gt;&lt;p onclick&#x3D;alert\(1\)&gt;/);
    }
  });

  it('builds the webview page with a strict CSP, a nonce on every script and style, and no remote resource', () => {
    const html = renderer.webview(renderer.content(parse(HOSTILE), settings), page);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-N0nce123'(;|$)/);
    assert.match(csp, /style-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net 'nonce-N0nce123'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(scripts, ['<script nonce="N0nce123" src="https://file+.vscode-resource.vscode-cdn.net/ext/media/dist/preview.js">']);
    for (const style of html.matchAll(/<(style|link)\b[^>]*>/g)) assert.match(style[0], /nonce="N0nce123"/);
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    for (const url of urls) assert.ok(url.startsWith(page.cspSource), url);
    assert.doesNotMatch(html, /url\(/);
    const state = /<meta id="pr-state" data-state="([^"]*)">/.exec(html)?.[1] ?? '';
    const decoded = state.replace(/&quot;/g, '"').replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
    assert.deepEqual(JSON.parse(decoded), page.state);
  });

  it('makes the export a standalone page: styles inlined, no script, A4 print CSS with the standard margins', () => {
    const html = renderer.standalone(parse(sample), settings);
    assert.doesNotMatch(html, /<script|<link|url\(|https?:/);
    assert.match(html, /@page \{\s*size: 210mm 297mm;\s*margin: 37mm 26mm 35mm 28mm;/);
    assert.match(html, /--pr-char: calc\(156mm \/ 28\);/);
    assert.match(html, /--pr-line: calc\(225mm \/ 22\);/);
    assert.match(html, /@page :right \{\s*@bottom-right \{\s*content: "— " counter\(page\) " —";/);
    assert.match(html, /@page :left \{\s*@bottom-left \{/);
    assert.match(html, /<title>关于加快推进AIGC\(AI generated content\)与元宇宙领域创新能力建设的建议<\/title>/);
  });

  it('writes the font stacks as settings give them, with Linux fallbacks, and drops what could break out of CSS', () => {
    const css = renderer.css(resolveRenderSettings({ fonts: { heiti: ['SimHei', '"x"; } body { color: red', 'Noto Sans CJK SC'] } }));
    assert.match(css, /\.pr-heiti \{ font-family: "SimHei", "x body color red", "Noto Sans CJK SC", sans-serif; \}/);
    assert.match(css, /\.pr-fangsong \{ font-family: "仿宋_GB2312", "仿宋", "FangSong", [^}]*"Noto Serif CJK SC"[^}]*, serif; \}/);
    assert.match(css, /\.pr-kaiti \{ font-family: [^}]*"AR PL UKai CN"/);
  });

  it('marks blocks with problems, the messages in the hover title', () => {
    const diagnostic: Diagnostic = {
      ruleId: 'date-format',
      severity: 'warning',
      message: '日期中的月份不应有前导零 <b>',
      range: { start: { line: 44, character: 0 }, end: { line: 44, character: 5 } },
    };
    const { html } = renderer.content(parse(sample), settings, { diagnostics: [diagnostic] });
    const marked = [...html.matchAll(/<p class="([^"]*pr-diag[^"]*)" data-line="(\d+)" title="([^"]*)"/g)];
    assert.equal(marked.length, 1);
    assert.match(marked[0][1], /pr-diag-warning/);
    assert.equal(marked[0][2], '44');
    assert.equal(marked[0][3], '日期中的月份不应有前导零 &lt;b&gt; (date-format)');
  });

  describe('in Chromium', function () {
    this.timeout(60_000);
    let browser: Browser;
    let work: ReturnType<typeof tempDir>;

    before(async function () {
      requireTools(this, ['chromium']);
      work = tempDir('render-html-');
      browser = await launchChromium();
    });
    after(async () => {
      await browser?.close();
      work?.remove();
    });

    async function shown(file: string, preview: boolean) {
      const tab = await browser.newPage();
      try {
        if (preview) {
          await tab.addInitScript(() => {
            const recorded: unknown[] = [];
            Object.assign(window, { recorded, acquireVsCodeApi: () => ({ postMessage: (m: unknown) => recorded.push(m), getState: () => undefined, setState: () => undefined }) });
          });
        }
        await tab.goto(pathToFileURL(file).href);
        if (preview) await tab.waitForFunction(() => (window as unknown as { recorded: { type: string }[] }).recorded.some((m) => m.type === 'rendered'));
        return await tab.evaluate(() => ({
          text: document.body.innerText,
          images: document.images.length,
          pwned: (window as unknown as { pwned?: number }).pwned,
          clickable: document.querySelectorAll('[onclick],[onerror]').length,
        }));
      } finally {
        await tab.close();
      }
    }

    it('shows hostile text as text in the exported HTML and in the preview', async () => {
      const standalone = path.join(work.dir, 'hostile.html');
      writeFileSync(standalone, renderer.standalone(parse(HOSTILE), settings));
      const preview = path.join(work.dir, 'hostile-preview.html');
      const local = {
        ...page,
        cspSource: 'file:',
        scriptUri: pathToFileURL(path.join(repoRoot, 'media/dist/preview.js')).href,
        styleUri: pathToFileURL(path.join(repoRoot, 'media/preview/preview.css')).href,
      };
      writeFileSync(preview, renderer.webview(renderer.content(parse(HOSTILE), settings), local));
      for (const [file, isPreview] of [
        [standalone, false],
        [preview, true],
      ] as const) {
        const result = await shown(file, isPreview);
        for (const hostile of HOSTILE_TEXTS) assert.ok(result.text.includes(hostile), `${path.basename(file)} shows ${hostile}`);
        assert.equal(result.images, 0);
        assert.equal(result.clickable, 0);
        assert.equal(result.pwned, undefined);
      }
    });
  });
});
