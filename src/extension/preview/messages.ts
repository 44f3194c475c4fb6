/** The messages between the preview's host and its webview script (media/preview/main.ts); types only. */

export type ToWebview =
  /** New content for the flow; the webview cuts it into pages again. */
  | { type: 'update'; html: string; version: number }
  /** Scroll so that the source line shows at the top (the editor scrolled). */
  | { type: 'scrollToLine'; line: number };

export type FromWebview =
  /** The script has loaded (also after the panel was hidden and shown again) with this version's content. */
  | { type: 'ready'; version: number }
  /** A version is on screen, cut into this many pages. */
  | { type: 'rendered'; version: number; pages: number }
  /** The preview scrolled; the editor should show this line at the top. */
  | { type: 'revealLine'; line: number }
  /** Double-click on a block: put the cursor on its line in the editor. */
  | { type: 'openLine'; line: number };

/** Carried in `data-state` on the shell's meta tag. */
export interface WebviewState {
  version: number;
  /** Line to show at the top on first display. */
  line: number;
  scrollSync: boolean;
  /** Title of the pages for screen readers; page number label. */
  strings: { page: string };
}
