import type { BackendModule, ReadCallback } from 'i18next';

import type { companiesStrings } from '../features/companies/strings';
import type { fundsStrings } from '../features/funds/strings';
import type { timelineStrings } from '../features/news/strings';
import type { sectorsStrings } from '../features/sectors/strings';
import type { CoreStrings } from '../shared/i18n/locales/zh';
import type { presentStrings } from './present/strings';

/**
 * Every page namespace and where its strings live. Each loads as its own chunk the first time a
 * component asks for it (`useTranslation('companies')`), in both languages at once, so switching
 * language never waits for the network.
 */
const loaders = {
  companies: () => import('../features/companies/strings').then((m) => m.companiesStrings),
  funds: () => import('../features/funds/strings').then((m) => m.fundsStrings),
  sectors: () => import('../features/sectors/strings').then((m) => m.sectorsStrings),
  timeline: () => import('../features/news/strings').then((m) => m.timelineStrings),
  present: () => import('./present/strings').then((m) => m.presentStrings),
} as const;

export type PageNamespace = keyof typeof loaders;

export const pageNamespaces = Object.keys(loaders) as PageNamespace[];

const isPageNamespace = (ns: string): ns is PageNamespace => ns in loaders;

/** The i18next backend that reads page namespaces from their feature's module. */
export const namespaceBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language: string, namespace: string, callback: ReadCallback): void {
    if (!isPageNamespace(namespace)) {
      callback(new Error(`unknown namespace ${namespace}`), false);
      return;
    }
    loaders[namespace]()
      .then((strings) => callback(null, language === 'en' ? strings.en : strings.zh))
      .catch((error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), false),
      );
  },
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: CoreStrings;
      companies: typeof companiesStrings.zh;
      funds: typeof fundsStrings.zh;
      sectors: typeof sectorsStrings.zh;
      timeline: typeof timelineStrings.zh;
      present: typeof presentStrings.zh;
    };
  }
}
