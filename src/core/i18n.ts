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

/** Fills `{name}` placeholders of a message in the given locale. */
export function format(message: Message, locale: Locale, args: Record<string, string | number> = {}): string {
  return message[locale].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in args ? String(args[key]) : whole,
  );
}
