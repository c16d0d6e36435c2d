import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { isolateBidi } from '../lib/bidi';
import { usePreferencesStore, type Language } from '../stores/preferences-store';
import { en } from './locales/en';
import type { AppStrings } from './locales/zh';
import { zh } from './locales/zh';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AppStrings };
  }
}

type PageKey = Exclude<keyof AppStrings, keyof typeof zh>;
interface PageStrings {
  zh: object;
  en: object;
}

/** Page strings registered so far; added to the instance when it is created or right away. */
const registered = new Map<PageKey, PageStrings>();
let instance: I18n | undefined;

function addPage(target: I18n, key: PageKey, strings: PageStrings): void {
  target.addResourceBundle('zh', 'translation', { [key]: strings.zh }, true, true);
  target.addResourceBundle('en', 'translation', { [key]: strings.en }, true, true);
}

/**
 * Adds a page's strings (both languages). Each page's route module calls it when it loads, so
 * the first paint of `/` carries only the shell's and the overview's text.
 */
export function registerStrings(key: PageKey, strings: PageStrings): void {
  registered.set(key, strings);
  if (instance) addPage(instance, key, strings);
}

/** The app's i18next instance; the language comes from the preferences store, not from detection. */
export function getI18n(language: Language): I18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.use(initReactI18next).init({
      resources: { zh: { translation: zh }, en: { translation: en } },
      lng: language,
      fallbackLng: 'zh',
      interpolation: {
        // React escapes HTML, so the value "escape" only isolates right-to-left text and bidi
        // controls: an interpolated value (a dataset name, an imported cell, a path from the
        // address bar) can never reorder the sentence around it, in either language.
        escapeValue: true,
        escape: isolateBidi,
      },
      returnNull: false,
      initAsync: false,
    });
    for (const [key, strings] of registered) addPage(instance, key, strings);
  } else if (instance.language !== language) {
    void instance.changeLanguage(language);
  }
  return instance;
}

/** Keeps i18next and <html lang> in step with the stored language. */
export function bindLanguage(target: I18n): () => void {
  const apply = (language: Language): void => {
    if (target.language !== language) void target.changeLanguage(language);
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  };
  apply(usePreferencesStore.getState().language);
  return usePreferencesStore.subscribe((state, prev) => {
    if (state.language !== prev.language) apply(state.language);
  });
}
