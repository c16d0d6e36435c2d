import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkDataRoot, type DataRootReader } from './check-data-root';
import { formatProblem } from './problem';

/** The embedded data root as an in-memory map of file → parsed JSON. */
function embeddedRoot(): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const walk = (dir: string, prefix: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else if (name.endsWith('.json'))
        files.set(`${prefix}${name}`, JSON.parse(readFileSync(path, 'utf8')));
    }
  };
  walk('public/data', '');
  return files;
}

function readerOf(files: Map<string, unknown>, notJson: readonly string[] = []): DataRootReader {
  return (file) =>
    notJson.includes(file)
      ? { kind: 'not-json', detail: 'Unexpected token <' }
      : files.has(file)
        ? { kind: 'json', json: structuredClone(files.get(file)) }
        : { kind: 'missing' };
}

/**
 * Loose JSON, so a test can break any path of a file (the point is to feed the checker data that
 * does not fit the types).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- arbitrary edits of test JSON
type LooseJson = Record<string, any>;

/** A copy of the embedded root with one file changed by `edit`. */
function withEdit(file: string, edit: (json: LooseJson) => void): Map<string, unknown> {
  const files = embeddedRoot();
  const json = structuredClone(files.get(file)) as LooseJson;
  edit(json);
  files.set(file, json);
  return files;
}

const check = (files: Map<string, unknown>, notJson: readonly string[] = []): string[] =>
  checkDataRoot(readerOf(files, notJson)).map(formatProblem);

describe('data checker', () => {
  it('passes the embedded data root', () => {
    expect(check(embeddedRoot())).toEqual([]);
  });

  it('names file, JSON path, expected and found for a schema failure', () => {
    const files = withEdit('2024-10/funds.json', (json) => {
      json.funds[3].code = 'not a code';
      json.funds[4].return3m = 'twelve';
    });
    expect(check(files)).toEqual([
      '2024-10/funds.json $.funds[3].code: expected text matching /^[0-9A-Z]+\\.(SH|SZ|OF|O|HK|WI|SI)$/; found "not a code"',
      expect.stringMatching(
        /^2024-10\/funds\.json \$\.funds\[4\]\.return3m: expected a number; found "twelve"$/,
      ),
    ]);
  });

  it('reports a listed edition whose folder is missing once, and a latest that is not listed', () => {
    const files = withEdit('editions.json', (json) => {
      json.editions.push({ ...json.editions[0], id: '2024-11' });
      json.latest = '2024-12';
    });
    expect(check(files)).toEqual([
      'editions.json $.latest: expected one of the listed editions (2024-10, 2024-11); found "2024-12"',
      "2024-11/ $: expected a folder with the edition's datasets (listed in editions.json as edition 1); found no such folder (or no dataset in it)",
    ]);
  });

  it('reports a dataset that is not JSON and a dataset name the app does not know', () => {
    const files = withEdit('editions.json', (json) => {
      json.editions[0].datasets.push('weather');
    });
    const problems = check(files, ['2024-10/news.json']);
    expect(problems).toContain(
      '2024-10/news.json $: expected a JSON file; found text that is not JSON (Unexpected token <)',
    );
    expect(problems).toContain(
      'editions.json $.editions[0].datasets[7]: expected one of report, indices, sectors, funds, companies, news, frontier; found "weather"',
    );
  });

  it('runs the consistency rules: English text, glossary names, notes, sums, codes', () => {
    const files = withEdit('2024-10/companies.json', (json) => {
      json.aShare[0].name.en = 'Inspur'; // not the glossary's name
      json.aShare[1].notes.push({ field: 'colour', text: { zh: '说明', en: 'note' } });
      json.aShare[2].code = '600000.SZ'; // Shanghai code with a Shenzhen suffix, no note
      json.overseas[0].name.en = '特斯拉';
      json.overseas[1].name.en = 'Qualcomm 高通';
    });
    const sums = withEdit('2024-10/sectors.json', (json) => {
      json.distribution.profit.decline += 1;
    });
    const problems = [...check(files), ...check(sums)];
    expect(problems).toEqual(
      expect.arrayContaining([
        '2024-10/companies.json $.aShare[0].name.en: expected the glossary\'s English name "Inspur Electronic Information" for 浪潮信息; found "Inspur"',
        '2024-10/companies.json $.aShare[1].notes[0].field: expected a field of the row the note sits on (or null for the whole row); found "colour"',
        '2024-10/companies.json $.aShare[2].code: expected the suffix .SH for a 6xxxxx code, or a data note on "code"; found "600000.SZ"',
        '2024-10/companies.json $.overseas[0].name.en: expected a translation, not a copy of the Chinese; found "特斯拉"',
        '2024-10/companies.json $.overseas[1].name.en: expected English text without Chinese characters; found "Qualcomm 高通"',
        '2024-10/sectors.json $.distribution.profit: expected five disjoint profit groups adding up to the analysis pool (333); found a sum of 334',
      ]),
    );
  });

  it('refuses a hostile editions.json without reading further', () => {
    const files = embeddedRoot();
    files.set('editions.json', { editions: [{ id: '../../etc' }], latest: 1 });
    const problems = check(files);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith('editions.json '))).toBe(true);
  });
});
