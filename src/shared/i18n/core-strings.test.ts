import { describe, expect, it } from 'vitest';

import { getI18n } from './i18n';
import { zh } from './locales/zh';

describe('core strings by language', () => {
  it('start with the bundled language only and load the other on the first switch', async () => {
    const i18n = getI18n('zh', undefined, { zh });
    expect(i18n.t('nav.overview')).toBe('总览');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);

    await i18n.changeLanguage('en');
    expect(i18n.t('nav.overview')).toBe('Overview');
    // Switching back needs nothing more: both are loaded now.
    await i18n.changeLanguage('zh');
    expect(i18n.t('nav.overview')).toBe('总览');
  });
});
