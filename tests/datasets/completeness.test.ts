/**
 * Completeness of the English side: every bilingual string in every dataset has a real English
 * text, and the UI locale resources have the same keys in both languages with nothing empty.
 */
import { describe, expect, it } from 'vitest';

import { companiesStrings } from '../../src/features/companies/strings';
import { en as enCore } from '../../src/shared/i18n/locales/en';
import { fundsStrings } from '../../src/features/funds/strings';
import { offlineStrings } from '../../src/app/offline/strings';
import { presentStrings } from '../../src/app/present/strings';
import { sectorsStrings } from '../../src/features/sectors/strings';
import { timelineStrings } from '../../src/features/news/strings';
import { zh as zhCore } from '../../src/shared/i18n/locales/zh';

// Core strings plus every page's (pages register theirs when their route loads).
const pages = {
  sectors: sectorsStrings,
  funds: fundsStrings,
  companies: companiesStrings,
  timeline: timelineStrings,
  present: presentStrings,
  offline: offlineStrings,
};
const zh = { ...zhCore, ...Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, v.zh])) };
const en = { ...enCore, ...Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, v.en])) };
import { DATASET_NAMES, readDatasetJson } from './source-text';

/** Han ideographs, kana, CJK symbols and punctuation, full-width forms. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * English strings allowed to contain CJK characters, each with the reason. Empty on purpose: the
 * data notes quoting misprints and the Chinese names in brackets were rewritten in plain English.
 * Add an entry only with a reason a reader of the English page would accept.
 */
const EN_CJK_ALLOWED: readonly { path: RegExp; why: string }[] = [];

interface BilingualFound {
  path: string;
  zh: unknown;
  en: unknown;
}

/** Every object with a `zh` key, wherever it sits in the JSON. */
function bilingualObjects(
  node: unknown,
  path: string,
  out: BilingualFound[] = [],
): BilingualFound[] {
  if (Array.isArray(node)) {
    node.forEach((child, i) => bilingualObjects(child, `${path}[${i}]`, out));
  } else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if ('zh' in record) out.push({ path, zh: record.zh, en: record.en });
    for (const [key, child] of Object.entries(record)) {
      if (key !== 'zh' && key !== 'en') bilingualObjects(child, `${path}.${key}`, out);
    }
  }
  return out;
}

const found = DATASET_NAMES.flatMap((name) => bilingualObjects(readDatasetJson(name), name));

describe('every dataset string has an English text', () => {
  it('finds the bilingual strings (sanity: the walk is not empty)', () => {
    for (const name of DATASET_NAMES) {
      expect(
        found.some((f) => f.path.startsWith(`${name}.`)),
        name,
      ).toBe(true);
    }
  });

  it('every `zh` has a non-empty `en`', () => {
    const missing = found
      .filter((f) => typeof f.en !== 'string' || f.en.trim() === '')
      .map((f) => f.path);
    expect(missing).toEqual([]);
  });

  it('`en` is a translation, not a copy, wherever `zh` has Chinese characters', () => {
    // Strings without CJK (model names such as "PixVerse V3", "Rokid", "eVTOL") may be identical.
    const copied = found
      .filter((f) => typeof f.zh === 'string' && CJK.test(f.zh) && f.en === f.zh)
      .map((f) => f.path);
    expect(copied).toEqual([]);
  });

  it('no `en` contains CJK characters (outside the documented allow-list)', () => {
    const offending = found
      .filter((f) => typeof f.en === 'string' && CJK.test(f.en))
      .filter((f) => !EN_CJK_ALLOWED.some((allowed) => allowed.path.test(f.path)))
      .map((f) => `${f.path}: ${String(f.en).slice(0, 100)}`);
    expect(offending).toEqual([]);
  });

  it('every allow-list entry is still needed', () => {
    const stale = EN_CJK_ALLOWED.filter(
      (allowed) =>
        !found.some((f) => allowed.path.test(f.path) && typeof f.en === 'string' && CJK.test(f.en)),
    ).map((allowed) => `${String(allowed.path)} (${allowed.why})`);
    expect(stale).toEqual([]);
  });
});

/** Dotted key paths of every leaf, with the leaf's value. */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, child] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (child !== null && typeof child === 'object' && !Array.isArray(child)) {
        for (const [p, v] of leaves(child, path)) out.set(p, v);
      } else {
        out.set(path, child);
      }
    }
  }
  return out;
}

describe('UI locale resources (composed zh / en, including every page file)', () => {
  const zhLeaves = leaves(zh);
  const enLeaves = leaves(en);

  it('zh and en have the same keys, recursively', () => {
    const onlyZh = [...zhLeaves.keys()].filter((key) => !enLeaves.has(key));
    const onlyEn = [...enLeaves.keys()].filter((key) => !zhLeaves.has(key));
    expect({ onlyZh, onlyEn }).toEqual({ onlyZh: [], onlyEn: [] });
  });

  it('every value is a non-empty string', () => {
    const bad = (language: string, map: Map<string, unknown>) =>
      [...map]
        .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
        .map(([key, value]) => `${language}.${key} = ${JSON.stringify(value)}`);
    expect([...bad('zh', zhLeaves), ...bad('en', enLeaves)]).toEqual([]);
  });

  it('interpolation placeholders match between the languages', () => {
    const placeholders = (value: unknown) =>
      [...String(value).matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();
    const differ = [...zhLeaves.keys()]
      .filter((key) => enLeaves.has(key))
      .filter(
        (key) =>
          JSON.stringify(placeholders(zhLeaves.get(key))) !==
          JSON.stringify(placeholders(enLeaves.get(key))),
      );
    expect(differ).toEqual([]);
  });
});

/**
 * Latin-script words the Chinese UI may show, each for a reason a Chinese reader would accept:
 * abbreviations used as such in Chinese finance and software, key names, file formats, product
 * and model names, the language switch written in its target language, and search examples that
 * show both languages work. Anything else in a zh string is English left untranslated.
 */
const ZH_LATIN_ALLOWED = new Set([
  // finance and software abbreviations read as such in Chinese
  ...['AI', 'Q', 'PE', 'PS', 'TTM', 'EPS', 'ETF', 'A', 'C', 'WI', 'API', 'token', 'HTTP', 'JSON'],
  // file formats and tools
  ...['PNG', 'CSV', 'PDF', 'MB', 'Excel', 'PERCENTILE.INC', 'Wind'],
  // file extensions on download buttons, and the program a deck opens in
  ...['xlsx', 'pptx', 'PowerPoint'],
  // text encodings an imported file is read as: UTF-8, UTF-16, GB18030, GBK (split at digits)
  ...['UTF-', 'GB', 'GBK'],
  // keys on the keyboard and a presenter's clicker
  ...['P', 'Esc', 'H', 'B', 'F', 'PageUp', 'PageDown', 'Enter', 'O', 'S'],
  // the symlog formula of the scale note: sign(x)·log(1+|x|)
  ...['sign', 'x', 'log'],
  // product names: Mistral's la Plateforme, Ministral models
  ...['la', 'Plateforme', 'Ministral'],
  // the language switch says "Switch to English" in English on purpose
  ...['Switch', 'to', 'English'],
  // search placeholders showing that English names find the same rows
  ...['Wanjia', 'Qualcomm'],
]);

describe('no English left in the Chinese UI', () => {
  it('every Latin-script word in a zh string is a deliberate one', () => {
    const stray: string[] = [];
    for (const [key, value] of leaves(zh)) {
      const words = String(value)
        .replace(/\{\{[^}]*\}\}/g, '')
        .match(/[A-Za-z][A-Za-z.+-]*/g);
      for (const word of words ?? [])
        if (!ZH_LATIN_ALLOWED.has(word)) stray.push(`${key}: ${word}`);
    }
    expect(stray).toEqual([]);
  });
});
