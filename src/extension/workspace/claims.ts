/**
 * Which files are replies: those the language claims by name (`*.reply.txt`, `*.reply`) and plain-text files
 * whose first line is a reply header, the same rules package.json gives VS Code. No `vscode` import.
 */

export interface LanguageClaims {
  /** File-name endings, from the language contribution's `extensions` (`.reply.txt`). */
  extensions: readonly string[];
  /** The contribution's `firstLine` pattern; undefined when files are not recognised by their first line. */
  firstLine?: RegExp;
}

/** The claims of a language as package.json contributes them. */
export function claimsFromPackage(packageJson: unknown, languageId: string, byFirstLine: boolean): LanguageClaims {
  const languages = (packageJson as { contributes?: { languages?: { id: string; extensions?: string[]; firstLine?: string }[] } })
    .contributes?.languages ?? [];
  const language = languages.find((candidate) => candidate.id === languageId);
  return {
    extensions: language?.extensions ?? [],
    firstLine: byFirstLine && language?.firstLine ? new RegExp(language.firstLine) : undefined,
  };
}

export function claimedByName(file: string, claims: LanguageClaims): boolean {
  const name = file.slice(file.lastIndexOf('/') + 1).toLowerCase();
  return claims.extensions.some((extension) => name.endsWith(extension.toLowerCase()));
}

/** Files worth looking into: claimed by name, or plain text that may start with a reply header. */
export function candidateGlob(claims: LanguageClaims): string {
  const endings = claims.extensions.map((extension) => extension.replace(/^\./, ''));
  if (claims.firstLine) endings.push('txt');
  const unique = [...new Set(endings)];
  return unique.length === 1 ? `**/*.${unique[0]}` : `**/*.{${unique.join(',')}}`;
}

export function isReply(file: string, text: string, claims: LanguageClaims): boolean {
  if (claimedByName(file, claims)) return true;
  if (!claims.firstLine || !file.toLowerCase().endsWith('.txt')) return false;
  const lineEnd = text.search(/\r|\n/);
  return claims.firstLine.test(lineEnd < 0 ? text : text.slice(0, lineEnd));
}

/** UTF-8 when valid, else GB18030 (GBK, GB2312), as offices' files come; undefined for binary files. BOM removed. */
export function decodeReply(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // try the next encoding
    }
  }
  return undefined;
}
