/** Where each page namespace's strings live: one chunk per feature, loaded on first use. */
export function pageStrings(namespace: string): Promise<{ zh: object; en: object }> {
  switch (namespace) {
    case 'companies':
      return import('../features/companies/strings').then((m) => m.companiesStrings);
    case 'funds':
      return import('../features/funds/strings').then((m) => m.fundsStrings);
    case 'sectors':
      return import('../features/sectors/strings').then((m) => m.sectorsStrings);
    case 'timeline':
      return import('../features/news/strings').then((m) => m.timelineStrings);
    case 'saved':
      return import('../features/saved/strings').then((m) => m.savedStrings);
    case 'present':
      return import('./present/strings').then((m) => m.presentStrings);
    case 'offline':
      return import('./offline/strings').then((m) => m.offlineStrings);
    case 'editions':
      return import('./edition/strings').then((m) => m.editionStrings);
    case 'changes':
      return import('./what-changed/strings').then((m) => m.changesStrings);
    default:
      return Promise.reject(new Error(`unknown namespace ${namespace}`));
  }
}
