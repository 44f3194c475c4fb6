/**
 * The preview's webview script: cuts the rendered reply into pages, applies updates from the host, and
 * keeps the editor and the preview scrolled together.
 */
import type { FromWebview, ToWebview, WebviewState } from '../../src/extension/preview/messages';
import { paginate } from './paginate';
import { lineAtOffset, offsetOfLine } from './scrollSync';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): { line?: number } | undefined;
  setState(state: { line: number }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const state = JSON.parse(document.getElementById('pr-state')?.dataset.state ?? 'null') as WebviewState;
const flow = document.getElementById('pr-flow') as HTMLElement;
const pages = document.getElementById('pr-pages') as HTMLElement;
const sizer = document.getElementById('pr-sizer') as HTMLElement;
let version = state.version;
/**
 * Where our own scrolling left the page: a scroll that ends there is ours and is not echoed to the editor.
 * A position, not a time window, so that a slow machine cannot swallow the user's next scroll.
 */
let ownScrollY: number | undefined;
let scrollFrame = 0;

function layOut(): void {
  const count = paginate(flow, pages, { pageLabel: state.strings.page });
  fitToWidth();
  vscode.postMessage({ type: 'rendered', version, pages: count });
}

/** Narrow panels show the pages scaled down; the layout itself stays at print size. */
function fitToWidth(): void {
  pages.style.transform = '';
  const width = pages.offsetWidth;
  const available = document.documentElement.clientWidth - 24;
  const scale = width > 0 ? Math.min(1, available / width) : 1;
  pages.style.transform = scale < 1 ? `scale(${scale})` : '';
  pages.style.marginLeft = `${Math.max(0, (document.documentElement.clientWidth - width * scale) / 2)}px`;
  sizer.style.height = `${pages.offsetHeight * scale}px`;
}

function scrollToLine(line: number): void {
  const offset = offsetOfLine(line);
  if (offset === undefined) return;
  scrollOurselves(Math.max(0, offset - 12));
}

function scrollOurselves(top: number): void {
  window.scrollTo(0, top);
  ownScrollY = window.scrollY;
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  switch (message.type) {
    case 'update': {
      const scrollY = window.scrollY;
      flow.innerHTML = message.html;
      version = message.version;
      layOut();
      scrollOurselves(scrollY);
      break;
    }
    case 'scrollToLine':
      scrollToLine(message.line);
      break;
  }
});

window.addEventListener('scroll', () => {
  if (scrollFrame) return;
  scrollFrame = requestAnimationFrame(() => {
    scrollFrame = 0;
    const line = lineAtOffset(window.scrollY + 12);
    if (line === undefined) return;
    vscode.setState({ line });
    if (window.scrollY === ownScrollY) return;
    ownScrollY = undefined;
    if (state.scrollSync) vscode.postMessage({ type: 'revealLine', line });
  });
});

document.addEventListener('dblclick', (event) => {
  const block = (event.target as Element | null)?.closest<HTMLElement>('[data-line]');
  const line = Number(block?.dataset.line);
  if (block && Number.isFinite(line)) vscode.postMessage({ type: 'openLine', line });
});

window.addEventListener('resize', fitToWidth);

void document.fonts.ready.then(() => {
  layOut();
  scrollToLine(vscode.getState()?.line ?? state.line);
  vscode.postMessage({ type: 'ready', version });
});
