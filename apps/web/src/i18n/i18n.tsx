import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, type SharedKey } from './messages.en';
import { zh } from './messages.zh';

export type Language = 'en' | 'zh-CN';
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];

/**
 * The keys product modules add: each module's messages.ts registers its dictionaries when its
 * pages load and declares its keys here (declaration merging), so `t` stays checked.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ModuleMessages {}
export type MessageKey = SharedKey | (keyof ModuleMessages & string);
/** The declaration a module's messages.ts merges into ModuleMessages. */
export type KeysOf<T> = { readonly [K in keyof T]: true };

/** The shell's messages, plus those of every module loaded so far. */
export const dictionaries: Record<Language, Record<string, string>> = { en: { ...en }, 'zh-CN': { ...zh } };

type Pack = Record<Language, () => Promise<Record<string, string>>>;
const packs: Pack[] = [];
const loaded = new Map<Pack, Partial<Record<Language, Promise<void>>>>();
/** The language on screen (or about to be): what a module's messages load in. */
let active: Language | undefined;

function loadPack(pack: Pack, lang: Language): Promise<void> {
  const done = loaded.get(pack) ?? {};
  loaded.set(pack, done);
  done[lang] ??= pack[lang]().then((m) => void Object.assign(dictionaries[lang], m));
  return done[lang];
}

/** Loads every registered module's messages in `lang` (before switching to it). */
export const ensureLanguage = (lang: Language) => Promise.all(packs.map((p) => loadPack(p, lang))).then(() => undefined);

/**
 * Adds a product module's messages (its messages.ts awaits this when its pages load): only the
 * language on screen is fetched, the other when the person switches. The Chinese side must have
 * every English key: the type says so, and the modules' test checks it.
 */
export function registerMessages<E extends Record<string, string>>(enMessages: () => Promise<E>, zhMessages: () => Promise<{ [K in keyof E]: string }>) {
  const pack: Pack = { en: enMessages, 'zh-CN': zhMessages };
  packs.push(pack);
  return loadPack(pack, active ?? initialLanguage());
}
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/** For keys built at run time (status words): unknown words are shown as they came. */
export const isMessageKey = (k: string): k is MessageKey =>
  Object.prototype.hasOwnProperty.call(dictionaries.en, k) || Object.prototype.hasOwnProperty.call(dictionaries['zh-CN'], k);

/** A run-time key's translation, or the fallback when the dictionary has no such key. */
export const translateOr = (t: Translate, key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);

const STORAGE_KEY = 'console.language';

/** zh, zh-CN, zh-Hans-... → zh-CN; everything else → en. */
export function languageFrom(tag: string | undefined | null): Language {
  return tag && tag.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The saved choice, else the browser's language. */
export function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'zh-CN') return saved;
  } catch {
    // Storage can be blocked; fall through to the browser's language.
  }
  return languageFrom(typeof navigator === 'undefined' ? undefined : navigator.language);
}

/** Replaces {name} placeholders; unknown ones stay visible so a missing variable is noticed. */
export function format(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export const makeT =
  (lang: Language): Translate =>
  (key, vars) =>
    format(dictionaries[lang][key] ?? key, vars);

interface I18nValue {
  lang: Language;
  setLang: (lang: Language) => void;
  t: Translate;
  /** Picks the side of a catalog summary ({ en, zh }) for the current language. */
  pick: (text: { en: string; zh: string }) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children, language }: { children: ReactNode; language?: Language }) {
  const [lang, setLangState] = useState<Language>(() => (active = language ?? initialLanguage()));
  const setLang = useCallback((next: Language) => {
    // The loaded modules' messages in the new language first, so no key shows bare meanwhile.
    active = next;
    void ensureLanguage(next).then(() => setLangState(next));
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice still holds for this tab.
    }
  }, []);
  useEffect(() => {
    // Screen readers and the browser's fonts follow the page's lang attribute.
    document.documentElement.lang = lang;
    document.title = makeT(lang)('app.name');
  }, [lang]);
  const value = useMemo<I18nValue>(
    () => ({
      lang,
      setLang,
      t: makeT(lang),
      pick: (text) => (lang === 'zh-CN' ? text.zh : text.en),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n needs an I18nProvider');
  return v;
}

/** Just the translate function. */
export const useT = () => useI18n().t;
