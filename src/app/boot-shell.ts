/**
 * Static HTML written into index.html at build time, in both languages (CSS shows the one that
 * matches <html lang>): the data-date / source line, which every page shows, and a copy of the
 * header. The first paint therefore needs no JavaScript: it is also the page's largest contentful
 * paint, which keeps LCP close to a blank page's. Runs in Node (vite.config.ts) and in tests.
 */
import type { Editions } from './editions-schema';
import { resolveEdition } from './edition/resolve-edition';
import { navItems } from './nav-items';
import type { Lang } from '../shared/lib/format';
import { provenanceText } from '../shared/i18n/provenance-line';
import { en } from '../shared/i18n/locales/en';
import { zh } from '../shared/i18n/locales/zh';

const locales = { zh, en } as const;
const htmlLang = { zh: 'zh-CN', en: 'en' } as const;

function escape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function both(render: (lang: Lang) => string): string {
  return (['zh', 'en'] as const)
    .map((lang) => `<span class="boot-lang" lang="${htmlLang[lang]}">${render(lang)}</span>`)
    .join('');
}

/**
 * The data-date / source line of the edition opened by default (`latest`): static, before #root,
 * so it is the page's first paint. Once editions.json has been fetched, the shell puts the line
 * of the edition actually shown in its place (see edition/provenance-line.tsx).
 */
export function reportLineHtml(editions: Editions): string {
  const edition = resolveEdition(editions, null)?.edition;
  const line = both((lang) => {
    if (!edition) return '';
    const text = provenanceText(edition, lang);
    return [
      `<span class="data-date">${escape(text.dataDate)}</span>`,
      `<span class="report-source">${escape(text.source)}</span>`,
      text.translation ? `<span class="translation-note">${escape(text.translation)}</span>` : '',
    ].join(' ');
  });
  // A complementary landmark of its own: every bit of content sits in a landmark.
  return `<aside class="provenance-bar" id="report-line"><p data-boot>${line}</p></aside>`;
}

/** A static copy of the header, inside #root until React renders the real one in its place. */
export function bootShellHtml(): string {
  const nav = navItems
    .map(
      (item) =>
        `<li><a href="${item.to}">${both((lang) => escape(locales[lang].nav[item.key]))}</a></li>`,
    )
    .join('');
  return [
    '<div class="shell boot-shell">',
    '<header class="site-header">',
    `<div class="brand"><span class="brand-mark" aria-hidden="true"></span><span class="brand-name">${both((lang) => escape(locales[lang].app.name))}</span></div>`,
    `<nav class="site-nav"><ul>${nav}</ul></nav>`,
    '</header>',
    '</div>',
  ].join('');
}

/**
 * Runs before first paint: picks the language (?lang=, saved preference, browser, else zh) and the
 * theme (saved, else the OS) exactly as the preferences store will, so nothing flips on start-up.
 */
export const bootScript = `(function () {
  var d = document.documentElement, prefs = {};
  try { prefs = (JSON.parse(localStorage.getItem('ai-dashboard.preferences') || '{}') || {}).state || {}; } catch (e) {}
  var q = new URLSearchParams(location.search).get('lang');
  var lang = q === 'zh' || q === 'en' ? q : prefs.language === 'zh' || prefs.language === 'en' ? prefs.language : null;
  if (!lang) {
    var list = navigator.languages || [];
    for (var i = 0; i < list.length && !lang; i++) { var b = String(list[i]).toLowerCase().split('-')[0]; if (b === 'zh' || b === 'en') lang = b; }
  }
  d.lang = lang === 'en' ? 'en' : 'zh-CN';
  var theme = prefs.theme === 'light' || prefs.theme === 'dark' ? prefs.theme : (window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  d.dataset.theme = theme;
})();`;
