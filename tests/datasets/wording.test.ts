/**
 * Notes and English phrasing a reader would catch: a note must be fair to what the report prints
 * (not call a correct code a misprint, not set two true dates against each other), and English
 * text says what happened once (no "changed by" for a rise, no date plus "recently").
 */
import { describe, expect, it } from 'vitest';

import { DATASET_NAMES, loadDatasets, readDatasetJson } from './source-text';

const data = loadDatasets();

function englishTexts(
  node: unknown,
  path: string,
  out: [string, string][] = [],
): [string, string][] {
  if (Array.isArray(node)) node.forEach((child, i) => englishTexts(child, `${path}[${i}]`, out));
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.en === 'string') out.push([path, record.en]);
    for (const [key, child] of Object.entries(record)) englishTexts(child, `${path}.${key}`, out);
  }
  return out;
}

const english = DATASET_NAMES.flatMap((name) => englishTexts(readDatasetJson(name), name));

describe('fair notes', () => {
  it('.OF codes: the note says what the suffix means and where the fund trades, not "misprint"', () => {
    const listed = data.funds.funds.filter((f) => /^(15|16|5)\d+\.OF$/.test(f.code));
    expect(listed.length).toBeGreaterThan(0);
    for (const fund of listed) {
      const note = fund.notes.find((n) => n.field === 'code');
      expect(note, fund.code).toBeDefined();
      const exchange = /^(15|16)/.test(fund.code) ? 'Shenzhen' : 'Shanghai';
      expect(note?.text.en, fund.code).toContain('Wind');
      expect(note?.text.en, fund.code).toContain(`${exchange} Stock Exchange`);
      expect(note?.text.en, fund.code).not.toMatch(/misprint|\bbut\b|off-exchange/i);
      expect(note?.text.zh, fund.code).not.toMatch(/但|有误|应为/);
    }
  });

  it('the public-data opinions: dated 21 September, made public 9 October, both true', () => {
    const item = data.news.items.find((i) => i.datePrinted === '10.9');
    const note = item?.notes.find((n) => n.field === 'date' || n.field === null) ?? item?.notes[0];
    expect(note?.text.en).toMatch(/both dates hold/);
    expect(note?.text.en).toMatch(/September 21/);
    expect(note?.text.en).toMatch(/October 9/);
  });
});

describe('English phrasing', () => {
  it('a printed rise reads "rose", not "changed by"', () => {
    expect(english.filter(([, text]) => /changed by \d/.test(text))).toEqual([]);
  });

  it('one time reference: never a date followed by "recently"', () => {
    const doubled = english.filter(([, text]) =>
      /On (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2},[^.]*\brecently\b/.test(
        text,
      ),
    );
    expect(doubled).toEqual([]);
  });
});
