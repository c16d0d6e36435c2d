import { describe, expect, it } from 'vitest';

import { getI18n } from './i18n';
import { en } from './locales/en';
import { zh } from './locales/zh';

describe('interpolated values', () => {
  it('are isolated when they carry right-to-left text, in both languages', () => {
    const i18n = getI18n('zh', undefined, { zh, en });
    const path = '/\u202Eexe.evil';
    expect(i18n.t('notFound.body', { path, lng: 'zh' })).toBe(`地址 \u2068${path}\u2069 不存在。`);
    expect(i18n.t('notFound.body', { path, lng: 'en' })).toMatch(new RegExp(`\u2068${path}\u2069`));
  });

  it('are left alone otherwise, and never HTML-escaped (React escapes)', () => {
    const i18n = getI18n('zh', undefined, { zh, en });
    expect(i18n.t('notFound.body', { path: '/a?b=<c>&d', lng: 'zh' })).toBe(
      '地址 /a?b=<c>&d 不存在。',
    );
  });
});
