import type { Language } from '../stores/preferences-store';
import type { LocaleResource } from './locales/zh';

/**
 * The core strings (shell, shared components, overview) of one language, each language a chunk
 * of its own: a page loads only the language it shows (~2 KiB gzip each), and the other one on
 * the first switch (precached for offline use like every chunk).
 */
export function loadCoreStrings(language: Language): Promise<LocaleResource> {
  return language === 'en'
    ? import('./locales/en').then((m) => m.en)
    : import('./locales/zh').then((m) => m.zh);
}
