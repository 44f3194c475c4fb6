/** The preview's and the exports' settings: proposalReply.preview.* and proposalReply.fonts.*. */
import * as vscode from 'vscode';
import type { Diagnostic, Severity } from '../../core/diagnostic';
import { FONT_ROLES, resolveRenderSettings, type FontRole, type RenderSettings } from '../../core/render/settings';
import { SETTINGS_SECTION, SOURCE } from '../constants';

export interface PreviewSettings {
  scrollSync: boolean;
  followActiveEditor: boolean;
  showDiagnostics: boolean;
  debounce: number;
}

export function readPreviewSettings(scope?: vscode.Uri): PreviewSettings {
  const config = vscode.workspace.getConfiguration(`${SETTINGS_SECTION}.preview`, scope);
  return {
    scrollSync: config.get<boolean>('scrollSync', true),
    followActiveEditor: config.get<boolean>('followActiveEditor', true),
    showDiagnostics: config.get<boolean>('showDiagnostics', true),
    debounce: Math.max(0, config.get<number>('debounce', 300)),
  };
}

/** Page layout and font stacks; numbers out of range fall back to the standard's. */
export function readRenderSettings(scope?: vscode.Uri): RenderSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const number = (key: string) => config.get<number>(`preview.page.${key}`);
  const fonts: Partial<Record<FontRole, string[]>> = {};
  for (const role of FONT_ROLES) fonts[role] = config.get<string[]>(`fonts.${role}`);
  return resolveRenderSettings({
    layout: {
      marginTopMm: number('marginTop'),
      marginBottomMm: number('marginBottom'),
      marginLeftMm: number('marginLeft'),
      marginRightMm: number('marginRight'),
      linesPerPage: number('linesPerPage'),
      charsPerLine: number('charsPerLine'),
    },
    fonts,
  });
}

/** True when a configuration change concerns the page layout or the fonts. */
export function affectsRendering(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SETTINGS_SECTION}.fonts`) || event.affectsConfiguration(`${SETTINGS_SECTION}.preview.page`);
}

const SEVERITY: Record<number, Severity> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'info',
};

/** The problems the editor shows for the document, as the core's diagnostics. */
export function shownDiagnostics(uri: vscode.Uri): Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE)
    .map((d) => ({
      ruleId: typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? ''),
      severity: SEVERITY[d.severity] ?? 'info',
      message: d.message,
      range: {
        start: { line: d.range.start.line, character: d.range.start.character },
        end: { line: d.range.end.line, character: d.range.end.character },
      },
    }));
}
