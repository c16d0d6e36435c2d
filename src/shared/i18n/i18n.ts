import i18next, { type BackendModule, type i18n as I18n, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { isolateBidi } from '../lib/bidi';
import { usePreferencesStore, type Language } from '../stores/preferences-store';
import { loadCoreStrings } from './core-strings';
import type { LocaleResource } from './locales/zh';

let instance: I18n | undefined;

/** Core strings already loaded, by language (the app: the language it starts in; tests: both). */
export type BundledCoreStrings = Partial<Record<Language, LocaleResource>>;

/**
 * Reads the core namespace ("translation") of a language not bundled at start from its own
 * chunk, and every other namespace from `pages`.
 */
function coreThenPages(pages: BackendModule | undefined): BackendModule {
  return {
    type: 'backend',
    init: () => undefined,
    read(language: string, namespace: string, callback: ReadCallback): void {
      if (namespace !== 'translation') {
        if (pages) pages.read(language, namespace, callback);
        else callback(new Error(`No strings for namespace ${namespace}`), false);
        return;
      }
      loadCoreStrings(language === 'en' ? 'en' : 'zh')
        .then((strings) => callback(null, strings))
        .catch((error: unknown) =>
          callback(error instanceof Error ? error : new Error(String(error)), false),
        );
    },
  };
}

/**
 * The app's i18next instance; the language comes from the preferences store, not from detection.
 * It starts with the core namespace of the languages in `bundled`; another language's core
 * strings load when it is switched to. Every other namespace (one per page, owned by its
 * feature) comes from `backend` the first time a component asks for it with `useTranslation`,
 * so shared code knows no feature's strings and nothing has to register them by hand.
 */
export function getI18n(
  language: Language,
  backend?: BackendModule,
  bundled: BundledCoreStrings = {},
): I18n {
  if (!instance) {
    instance = i18next.createInstance();
    instance.use(coreThenPages(backend));
    const resources = Object.fromEntries(
      Object.entries(bundled).map(([lang, strings]) => [lang, { translation: strings }]),
    );
    void instance.use(initReactI18next).init({
      resources,
      // What is bundled is used as is; every other namespace and language comes from the backend.
      partialBundledLanguages: true,
      ns: ['translation'],
      defaultNS: 'translation',
      lng: language,
      // No fallback language: a missing English string must not show Chinese (or load it). Every
      // key exists in both languages (checked by the completeness tests).
      fallbackLng: false,
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
