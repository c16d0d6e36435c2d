import { readdirSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { companiesStrings } from '../features/companies/strings';
import { namespaceBackend, pageNamespaces } from './i18n-namespaces';

function read(language: string, namespace: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    namespaceBackend.read(language, namespace, (error, data) =>
      error ? reject(error) : resolve(data),
    );
  });
}

describe('page namespaces', () => {
  it('reads each page namespace from its feature, in the asked language', async () => {
    expect(await read('zh', 'companies')).toBe(companiesStrings.zh);
    expect(await read('en', 'companies')).toBe(companiesStrings.en);
    for (const namespace of pageNamespaces) {
      const zh = (await read('zh', namespace)) as Record<string, unknown>;
      expect(Object.keys(zh).length, namespace).toBeGreaterThan(0);
    }
  });

  it('refuses a namespace nobody owns', async () => {
    await expect(read('zh', 'weather')).rejects.toThrow(/unknown namespace weather/);
  });

  it('shared code holds only the core strings (no feature knows another through it)', () => {
    expect(readdirSync('src/shared/i18n/locales').sort()).toEqual(['en.ts', 'zh.ts']);
  });
});
