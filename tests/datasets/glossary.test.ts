/**
 * One English name per company, everywhere: every bilingual string in every dataset and in the UI
 * whose Chinese side names a company of the glossary must use that company's glossary English name.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  type BilingualPair,
  glossaryDuplicates,
  glossaryProblems,
  glossarySchema,
} from '../../src/shared/lib/company-glossary';
import { companiesStrings } from '../../src/features/companies/strings';
import { en as enCore } from '../../src/shared/i18n/locales/en';
import { fundsStrings } from '../../src/features/funds/strings';
import { offlineStrings } from '../../src/app/offline/strings';
import { presentStrings } from '../../src/app/present/strings';
import { sectorsStrings } from '../../src/features/sectors/strings';
import { timelineStrings } from '../../src/features/news/strings';
import { zh as zhCore } from '../../src/shared/i18n/locales/zh';
import { DATASET_NAMES, readDatasetJson } from './source-text';

const glossary = glossarySchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../../public/data/glossary.json'), 'utf8')),
);

function datasetPairs(node: unknown, path: string, out: BilingualPair[] = []): BilingualPair[] {
  if (Array.isArray(node)) node.forEach((child, i) => datasetPairs(child, `${path}[${i}]`, out));
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.zh === 'string' && typeof record.en === 'string') {
      out.push({ path, zh: record.zh, en: record.en });
    }
    for (const [key, child] of Object.entries(record)) datasetPairs(child, `${path}.${key}`, out);
  }
  return out;
}

function localePairs(
  zh: unknown,
  en: unknown,
  path: string,
  out: BilingualPair[] = [],
): BilingualPair[] {
  if (typeof zh === 'string' && typeof en === 'string') out.push({ path, zh, en });
  else if (zh !== null && typeof zh === 'object' && en !== null && typeof en === 'object') {
    for (const [key, child] of Object.entries(zh)) {
      localePairs(child, (en as Record<string, unknown>)[key], `${path}.${key}`, out);
    }
  }
  return out;
}

const pages = {
  companiesStrings,
  fundsStrings,
  offlineStrings,
  presentStrings,
  sectorsStrings,
  timelineStrings,
};
const pairs = [
  ...DATASET_NAMES.flatMap((name) => datasetPairs(readDatasetJson(name), name)),
  ...localePairs(zhCore, enCore, 'locale'),
  ...Object.entries(pages).flatMap(([name, strings]) => localePairs(strings.zh, strings.en, name)),
];

describe('company-name glossary', () => {
  it('has one entry per company, one English name per entry', () => {
    expect(glossaryDuplicates(glossary)).toEqual([]);
  });

  it('covers every company with a security code in the datasets', () => {
    const codes = new Set(glossary.companies.flatMap((entry) => (entry.code ? [entry.code] : [])));
    const data = readDatasetJson('companies') as Record<string, { code: string | null }[]>;
    const missing = ['aShare', 'overseas', 'forecasts']
      .flatMap((key) => data[key] ?? [])
      .map((row) => row.code)
      .filter((code): code is string => code !== null && !codes.has(code));
    expect(missing).toEqual([]);
  });

  it('every dataset and UI string naming a company uses its one English name', () => {
    expect(pairs.length).toBeGreaterThan(500);
    expect(glossaryProblems(glossary, pairs)).toEqual([]);
  });

  it('catches a second English name (the rule is not vacuous)', () => {
    const drifted: BilingualPair[] = [
      { path: 'x.name', zh: '达梦数据', en: 'Dameng Data' },
      { path: 'x.text', zh: '关注海光信息、龙芯中科', en: 'Watch Hygon Information and Loongson' },
      { path: 'x.ok', zh: '寒武纪-U', en: 'Cambricon-U' },
    ];
    expect(glossaryProblems(glossary, drifted).map((p) => `${p.path}:${p.zhName}`)).toEqual([
      'x.name:达梦数据',
      'x.text:海光信息',
      'x.text:龙芯中科',
    ]);
  });
});
