import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { usePreferencesStore, type Language } from '../stores/preferences-store';
import { en } from './locales/en';
import { zh } from './locales/zh';

export const resources = { zh: { translation: zh }, en: { translation: en } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zh };
  }
}

/** Creates the i18next instance; the language comes from the preferences store, not from i18next detection. */
export function createI18n(language: Language): typeof i18next {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'zh',
    interpolation: { escapeValue: false }, // React escapes; we never inject HTML.
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** Keeps i18next and <html lang> in step with the stored language. */
export function bindLanguage(instance: typeof i18next): () => void {
  const apply = (language: Language): void => {
    if (instance.language !== language) void instance.changeLanguage(language);
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  };
  apply(usePreferencesStore.getState().language);
  return usePreferencesStore.subscribe((state, prev) => {
    if (state.language !== prev.language) apply(state.language);
  });
}
