import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { isolateBidi } from '../lib/bidi';
import { usePreferencesStore, type Language } from '../stores/preferences-store';
import { en } from './locales/en';
import { zh } from './locales/zh';

let instance: I18n | undefined;

/**
 * The app's i18next instance; the language comes from the preferences store, not from detection.
 * Only the core namespace ships with it. Every other namespace (one per page, owned by its
 * feature) comes from `backend` the first time a component asks for it with `useTranslation`,
 * so shared code knows no feature's strings and nothing has to register them by hand.
 */
export function getI18n(language: Language, backend?: BackendModule): I18n {
  if (!instance) {
    instance = i18next.createInstance();
    if (backend) instance.use(backend);
    void instance.use(initReactI18next).init({
      resources: { zh: { translation: zh }, en: { translation: en } },
      // The core namespace is bundled; page namespaces are read from the backend on demand.
      partialBundledLanguages: true,
      ns: ['translation'],
      defaultNS: 'translation',
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
