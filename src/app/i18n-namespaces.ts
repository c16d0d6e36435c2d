import type { BackendModule, ReadCallback } from 'i18next';

import type { companiesStrings } from '../features/companies/strings';
import type { fundsStrings } from '../features/funds/strings';
import type { timelineStrings } from '../features/news/strings';
import type { savedStrings } from '../features/saved/strings';
import type { sectorsStrings } from '../features/sectors/strings';
import type { CoreStrings } from '../shared/i18n/locales/zh';
import type { offlineStrings } from './offline/strings';
import type { presentStrings } from './present/strings';
import type { editionStrings } from './edition/strings';
import type { changesStrings } from './what-changed/strings';

export const pageNamespaces = [
  'companies',
  'funds',
  'sectors',
  'timeline',
  'present',
  'offline',
  'changes',
  'editions',
  'saved',
] as const;

export type PageNamespace = (typeof pageNamespaces)[number];

/**
 * The i18next backend that reads page namespaces from their feature's module (see
 * page-strings.ts, a chunk of its own so `/` carries none of the loaders). Each namespace loads
 * in both languages at once, so switching language never waits for the network.
 */
export const namespaceBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language: string, namespace: string, callback: ReadCallback): void {
    import('./page-strings')
      .then((m) => m.pageStrings(namespace))
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
      offline: typeof offlineStrings.zh;
      changes: typeof changesStrings.zh;
      editions: typeof editionStrings.zh;
      saved: typeof savedStrings.zh;
    };
  }
}
