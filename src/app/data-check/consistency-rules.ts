import type * as z from 'zod/mini';

import {
  glossaryProblems,
  type BilingualPair,
  type Glossary,
} from '../../shared/lib/company-glossary';
import type { DatasetName, datasetSchemas } from '../dataset-schemas';
import { jsonPath, shown, type DataProblem } from './problem';

export type ParsedDatasets = {
  [K in DatasetName]?: z.infer<(typeof datasetSchemas)[K]>;
};

/** Han ideographs, kana, CJK symbols and punctuation, full-width forms. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

type Path = (string | number)[];

function walk(
  node: unknown,
  path: Path,
  visit: (value: Record<string, unknown>, path: Path) => void,
): void {
  if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...path, i], visit));
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    visit(record, path);
    for (const [key, child] of Object.entries(record)) walk(child, [...path, key], visit);
  }
}

/** Every zh text has an English translation that is not a copy and has no Chinese in it. */
export function bilingualProblems(file: string, json: unknown): DataProblem[] {
  const out: DataProblem[] = [];
  walk(json, [], (record, path) => {
    if (!('zh' in record)) return;
    const { zh, en } = record;
    const at = jsonPath([...path, 'en']);
    if (typeof en !== 'string' || en.trim() === '') {
      out.push({ file, path: at, expected: 'an English translation', found: shown(en) });
    } else if (typeof zh === 'string' && CJK.test(zh) && en === zh) {
      out.push({
        file,
        path: at,
        expected: 'a translation, not a copy of the Chinese',
        found: shown(en),
      });
    } else if (CJK.test(en)) {
      out.push({
        file,
        path: at,
        expected: 'English text without Chinese characters',
        found: shown(en),
      });
    }
  });
  return out;
}

/** A data note names a field of its row (or of the row's items), or null for the whole row. */
export function notePathProblems(file: string, json: unknown): DataProblem[] {
  const out: DataProblem[] = [];
  walk(json, [], (row, path) => {
    const notes = row.notes;
    if (!Array.isArray(notes)) return;
    notes.forEach((note: { field?: unknown }, i) => {
      const field = note?.field;
      if (field === null || field === undefined) return;
      const known =
        typeof field === 'string' &&
        (field in row ||
          Object.values(row).some(
            (value) =>
              Array.isArray(value) &&
              value.some((item) => item !== null && typeof item === 'object' && field in item),
          ));
      if (!known) {
        out.push({
          file,
          path: jsonPath([...path, 'notes', i, 'field']),
          expected: 'a field of the row the note sits on (or null for the whole row)',
          found: shown(field),
        });
      }
    });
  });
  return out;
}

function duplicateProblems(file: string, list: string, values: readonly string[]): DataProblem[] {
  const seen = new Map<string, number>();
  const out: DataProblem[] = [];
  values.forEach((value, i) => {
    const first = seen.get(value);
    if (first === undefined) seen.set(value, i);
    else
      out.push({
        file,
        path: jsonPath([list, i]),
        expected: `a value not already used in ${list} (item ${first} has it)`,
        found: shown(value),
      });
  });
  return out;
}

/** 6xxxxx trades in Shanghai (.SH), 0xxxxx/3xxxxx in Shenzhen (.SZ): otherwise a note must say why. */
function suffixProblems(
  file: string,
  list: string,
  rows: readonly { code: string; notes: readonly { field: string | null }[] }[],
): DataProblem[] {
  return rows.flatMap((row, i) => {
    const [digits = '', suffix = ''] = row.code.split('.');
    const expected = digits.startsWith('6') ? 'SH' : /^[03]/.test(digits) ? 'SZ' : suffix;
    if (expected === suffix || row.notes.some((n) => n.field === 'code')) return [];
    return [
      {
        file,
        path: jsonPath([list, i, 'code']),
        expected: `the suffix .${expected} for a ${digits.slice(0, 1)}xxxxx code, or a data note on "code"`,
        found: shown(row.code),
      },
    ];
  });
}

/** Rules across the parsed datasets of one edition. */
export function consistencyProblems(
  edition: string,
  data: ParsedDatasets,
  glossary: Glossary | null,
): DataProblem[] {
  const at = (name: DatasetName) => `${edition}/${name}.json`;
  const out: DataProblem[] = [];
  const { indices, sectors, funds, companies, news, frontier } = data;

  for (const [name, dataset] of Object.entries(data) as [DatasetName, { edition: string }][]) {
    if (dataset.edition !== edition)
      out.push({
        file: at(name),
        path: '$.edition',
        expected: shown(edition),
        found: shown(dataset.edition),
      });
  }

  if (indices) {
    for (const list of ['top10', 'bottom10'] as const) {
      if (indices[list].length !== 10)
        out.push({
          file: at('indices'),
          path: `$.${list}`,
          expected: 'exactly 10 constituents',
          found: shown(indices[list]),
        });
      out.push(...suffixProblems(at('indices'), list, indices[list]));
    }
    out.push(
      ...duplicateProblems(
        at('indices'),
        'indices',
        indices.indices.map((i) => i.id),
      ),
      ...duplicateProblems(
        at('indices'),
        'top10+bottom10',
        [...indices.top10, ...indices.bottom10].map((c) => c.code),
      ),
    );
  }

  if (sectors) {
    const p = sectors.distribution.profit;
    const sum = p.growth + p.decline + p.lossWidened + p.lossNarrowed + p.turnedProfit;
    if (sum !== sectors.industry.sampleSize)
      out.push({
        file: at('sectors'),
        path: '$.distribution.profit',
        expected: `five disjoint profit groups adding up to the analysis pool (${sectors.industry.sampleSize})`,
        found: `a sum of ${sum}`,
      });
    const orders = sectors.subIndustries.map((s) => s.order).sort((a, b) => a - b);
    if (orders.some((order, i) => order !== i + 1))
      out.push({
        file: at('sectors'),
        path: '$.subIndustries[*].order',
        expected: `orders 1…${orders.length}, each once`,
        found: orders.join(', '),
      });
    out.push(
      ...duplicateProblems(
        at('sectors'),
        'subIndustries',
        sectors.subIndustries.map((s) => s.id),
      ),
    );
  }

  if (funds) {
    out.push(
      ...duplicateProblems(
        at('funds'),
        'funds',
        funds.funds.map((f) => f.code),
      ),
    );
    const classes = new Map<string, (string | null)[]>();
    for (const fund of funds.funds)
      classes.set(fund.fundKey, [...(classes.get(fund.fundKey) ?? []), fund.shareClass]);
    for (const [key, list] of classes) {
      if (list.length > 1 && (list.includes(null) || new Set(list).size !== list.length))
        out.push({
          file: at('funds'),
          path: `$.funds[fundKey=${JSON.stringify(key)}]`,
          expected: 'share classes of one fund with distinct classes (A, C, …)',
          found: list.map((c) => c ?? 'no class').join(', '),
        });
    }
  }

  if (companies) {
    for (const list of ['aShare', 'overseas', 'forecasts'] as const)
      out.push(
        ...duplicateProblems(
          at('companies'),
          list,
          companies[list].map((c) => c.code),
        ),
      );
    out.push(
      ...suffixProblems(at('companies'), 'aShare', companies.aShare),
      ...suffixProblems(at('companies'), 'forecasts', companies.forecasts),
    );
    const known = new Set(
      [...companies.aShare, ...companies.overseas, ...companies.forecasts].map((c) => c.code),
    );
    const references: [DatasetName, Path, string][] = [
      ...(news?.items ?? []).flatMap((item, i) =>
        item.companies.map((code, j): [DatasetName, Path, string] => [
          'news',
          ['items', i, 'companies', j],
          code,
        ]),
      ),
      ...(news?.financing ?? []).flatMap((deal, i) =>
        deal.companies.map((code, j): [DatasetName, Path, string] => [
          'news',
          ['financing', i, 'companies', j],
          code,
        ]),
      ),
      ...(frontier?.items ?? []).flatMap((item, i) =>
        item.companies.map((code, j): [DatasetName, Path, string] => [
          'frontier',
          ['items', i, 'companies', j],
          code,
        ]),
      ),
    ];
    for (const [name, path, code] of references)
      if (!known.has(code))
        out.push({
          file: at(name),
          path: jsonPath(path),
          expected: 'the code of a company in companies.json',
          found: shown(code),
        });
  }

  if (glossary) {
    for (const [name, dataset] of Object.entries(data) as [DatasetName, unknown][]) {
      const pairs: BilingualPair[] = [];
      walk(dataset, [], (record, path) => {
        if (typeof record.zh === 'string' && typeof record.en === 'string')
          pairs.push({ path: jsonPath([...path, 'en']), zh: record.zh, en: record.en });
      });
      for (const problem of glossaryProblems(glossary, pairs))
        out.push({
          file: at(name),
          path: problem.path,
          expected: `the glossary's English name "${problem.expectedEn}" for ${problem.zhName}`,
          found: shown(problem.foundEn),
        });
    }
  }
  return out;
}
