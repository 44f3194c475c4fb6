/** The project's core, the floor, and the peer linters, each as a function of one text. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function loadCore(root) {
  const require = createRequire(import.meta.url);
  const from = (path) => require(join(root, 'out', 'src', path));
  const { parse } = from('core/parser/parse.js');
  const { toFields } = from('core/fields.js');
  const { lint } = from('core/lint.js');
  // A fixed "today" so the date rules do the same work in every run.
  const options = { now: new Date(2024, 5, 1) };
  return {
    parse,
    lint,
    toFields,
    options,
    /** What the editor does on each change: parse once, lint the model, read the fields. */
    check(text) {
      const model = parse(text);
      const diagnostics = lint(model, options);
      toFields(model);
      return diagnostics;
    },
    render: loadRender(from, root),
    pool: loadPool(from),
  };
}

function loadRender(from, root) {
  let render;
  try {
    render = from('core/render/index.js');
  } catch {
    return undefined;
  }
  if (!render.HtmlRenderer || !render.renderDocx) return undefined;
  const sources = Object.fromEntries(
    render.PREVIEW_TEMPLATE_NAMES.map((name) => [name, readFileSync(join(root, render.previewTemplateFile(name)), 'utf8')]),
  );
  const html = new render.HtmlRenderer(sources);
  const settings = render.resolveRenderSettings();
  return {
    /** What the preview does on an edit: the blocks' HTML with the diagnostics marked. */
    preview: (model, diagnostics) => html.content(model, settings, { diagnostics }),
    /** The standalone HTML export. */
    exportHtml: (model) => html.standalone(model, settings),
    docx: (model) => render.renderDocx(model, settings),
  };
}

function loadPool(from) {
  try {
    const { lintInPool, lintPlainFile } = from('cli/lintPool.js');
    const { ConfigLoader } = from('cli/configs.js');
    return { lintInPool, lintPlainFile, ConfigLoader };
  } catch {
    return undefined;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeFile(path) {
  return decoder.decode(readFileSync(path));
}

/** The least any checker must do with a file: read it, decode it, split it into lines. */
export function floor(path) {
  return decodeFile(path).split(/\r\n|\r|\n/);
}

export async function loadPeers() {
  const { lint } = await import('markdownlint/sync');
  const { run } = await import('zhlint');
  return {
    markdownlint: (text) => lint({ strings: { reply: text } }),
    zhlint: (text) => run(text),
  };
}

/**
 * The text with every fixable problem fixed, as a writer who applies the fixes leaves it. Fixed in a child
 * process, so that the measuring process runs nothing but what it measures.
 */
export function fixedText(root, text) {
  const script = `const { fixAll } = require(${JSON.stringify(join(root, 'out', 'src', 'core', 'fix', 'fixAll.js'))});
let input = ''; process.stdin.setEncoding('utf8').on('data', (chunk) => (input += chunk)).on('end', () => process.stdout.write(fixAll(input, { now: new Date(2024, 5, 1) }).output));`;
  return execFileSync(process.execPath, ['-e', script], { input: text, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
