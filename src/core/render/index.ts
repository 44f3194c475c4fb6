export * from './settings';
export { layoutReply, textWidth, type LaidOutBlock, type LaidOutDocument, type LaidOutKind, type PreviewDiagnostic, type Run, type SizeName } from './layout';
export * from './html';
export { renderDocx, docxGeometry, type DocxGeometry } from './docx';
