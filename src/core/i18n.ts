/** Every user-facing string of the core exists in Chinese (primary) and English. */
export type Locale = 'zh' | 'en';

export interface Message {
  zh: string;
  en: string;
}

/** Picks the locale from a BCP 47 tag or an environment value (`en_US.UTF-8` → en). */
export function localeFrom(tag: string | undefined | null): Locale {
  return tag && /^en/i.test(tag) ? 'en' : 'zh';
}

/**
 * Each message's text cut at its placeholders, once per message object and locale: literal text at even
 * indexes, placeholder names at odd ones. Messages are formatted on every check, often several times.
 */
const pieces = new WeakMap<Message, Partial<Record<Locale, string[]>>>();

function piecesOf(message: Message, locale: Locale): string[] {
  let byLocale = pieces.get(message);
  if (!byLocale) pieces.set(message, (byLocale = {}));
  return (byLocale[locale] ??= message[locale].split(/\{(\w+)\}/));
}

/** Fills `{name}` placeholders of a message in the given locale; an unknown name stays as written. */
export function format(message: Message, locale: Locale, args: Record<string, string | number> = {}): string {
  const parts = piecesOf(message, locale);
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    text += (key in args ? String(args[key]) : `{${key}}`) + parts[i + 1];
  }
  return text;
}
