/**
 * Shape of the report as transcribed: how many rows each table has, where every row says it came
 * from (provenance), that data notes are bilingual and point at real fields, and that ids and
 * cross-references hold. The counts are the report's (表3 has 28 rows, …); the fidelity test reads
 * them from the text when it is available, this test holds without it.
 */
import { describe, expect, it } from 'vitest';

import { sectorsStrings } from '../../src/features/sectors/strings';
import type { Provenance } from '../../src/shared/lib/dataset-schema';
import { DATASET_NAMES, loadDatasets, readDatasetJson } from './source-text';

const data = loadDatasets();

/** The report's outline: 表N sits in this section ("2.3" = 二、(三)). */
const TABLE_SECTION: Readonly<Record<number, string>> = {
  1: '2.2',
  2: '2.2',
  3: '2.3',
  4: '2.3',
  5: '2.3',
  6: '3.1',
  7: '3.1',
  8: '3.2',
  9: '3.2',
  10: '3.3',
  11: '4.2',
  12: '5.2',
};

const NEWS_TABLE = {
  'data-elements': 6,
  'data-exchanges': 7,
  'domestic-models': 8,
  'overseas-models': 9,
  'compute-chips': 10,
} as const;

/** Rows whose provenance is not table `number` (in its section). */
function wrongTable(rows: readonly { source: Provenance }[], number: number): Provenance[] {
  return rows
    .map((row) => row.source)
    .filter(
      (s) => s.kind !== 'table' || s.number !== number || s.section !== TABLE_SECTION[number],
    );
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, i) => values.indexOf(value) !== i);
}

describe('row counts', () => {
  it('funds, companies, forecasts, sub-industries', () => {
    expect(data.funds.funds).toHaveLength(28);
    expect(data.companies.aShare).toHaveLength(29);
    expect(data.companies.overseas).toHaveLength(12);
    expect(data.companies.forecasts).toHaveLength(5);
    expect(data.sectors.subIndustries).toHaveLength(25);
  });

  it('news: 23 items, 4/5/6/4/4 in 表6–表10; 5 policies; 9 financing deals', () => {
    expect(data.news.items).toHaveLength(23);
    const perTable = [6, 7, 8, 9, 10].map(
      (n) => data.news.items.filter((item) => item.source.number === n).length,
    );
    expect(perTable).toEqual([4, 5, 6, 4, 4]);
    expect(data.news.policies).toHaveLength(5);
    expect(data.news.financing).toHaveLength(9);
  });

  it('frontier: 8 items; 3 benchmark tables with 10, 9 and 8 models, every row complete', () => {
    expect(data.frontier.items).toHaveLength(8);
    expect(data.frontier.benchmarks.map((b) => b.models.length)).toEqual([10, 9, 8]);
    for (const benchmark of data.frontier.benchmarks) {
      expect(benchmark.contextLength, `图${benchmark.figure}`).toHaveLength(
        benchmark.models.length,
      );
      for (const metric of benchmark.metrics) {
        expect(metric.values, `图${benchmark.figure} ${metric.label}`).toHaveLength(
          benchmark.models.length,
        );
      }
    }
    expect(data.frontier.pricing.rows).toHaveLength(2);
  });

  it('indices: 20 constituents (10 + 10), 5 indices', () => {
    expect(data.indices.top10).toHaveLength(10);
    expect(data.indices.bottom10).toHaveLength(10);
    expect(data.indices.indices).toHaveLength(5);
  });

  it('report: 5 risks, 3 people on the cover', () => {
    expect(data.report.risks).toHaveLength(5);
    expect(data.report.analysts).toHaveLength(3);
  });
});

describe('provenance: every row names the table (or text) it came from', () => {
  it('tables 1–5', () => {
    expect(wrongTable(data.indices.top10, 1)).toEqual([]);
    expect(wrongTable(data.indices.bottom10, 2)).toEqual([]);
    expect(wrongTable(data.funds.funds, 3)).toEqual([]);
    expect(wrongTable(data.companies.aShare, 4)).toEqual([]);
    expect(wrongTable(data.companies.overseas, 5)).toEqual([]);
  });

  it('the cover forecast table has no number and sits on the cover', () => {
    for (const forecast of data.companies.forecasts) {
      expect(forecast.source).toEqual({ kind: 'table', number: null, section: 'front' });
    }
  });

  it('news items by category (表6–表10), policies (表11), financing (表12)', () => {
    for (const item of data.news.items) {
      expect(wrongTable([item], NEWS_TABLE[item.category]), item.id).toEqual([]);
    }
    expect(wrongTable(data.news.policies, 11)).toEqual([]);
    expect(wrongTable(data.news.financing, 12)).toEqual([]);
    expect(data.news.sourceLines.map((s) => s.table)).toEqual([6, 7, 8, 9, 10, 11, 12]);
  });

  it('text-sourced rows name their section', () => {
    const text = (section: string): Provenance => ({ kind: 'text', number: null, section });
    for (const index of data.indices.indices) {
      const section = index.code === null ? 'front' : '2.1';
      expect(index.source, index.id).toEqual(text(section));
    }
    expect(data.indices.aiIndexProfile.source).toEqual(text('2.2'));
    expect(data.indices.valuation.source).toEqual(text('2.3'));
    expect(data.sectors.industry.source).toEqual(text('1.1'));
    expect(data.sectors.distribution.source).toEqual(text('1.3'));
    for (const sub of data.sectors.subIndustries) expect(sub.source, sub.id).toEqual(text('1.2'));
    for (const item of data.frontier.items) {
      expect(item.source, item.id).toEqual(text(item.kind === 'technology' ? '4.1' : '5.1'));
    }
    expect(data.companies.lists.map((l) => l.source)).toEqual([text('front'), text('6')]);
  });

  it('figures: benchmarks are 图14–图16, pricing 图20', () => {
    expect(data.frontier.benchmarks.map((b) => b.figure)).toEqual([14, 15, 16]);
    expect(data.frontier.pricing.figure).toBe(20);
  });
});

interface NoteFound {
  path: string;
  note: unknown;
  /** The object holding the notes array. */
  row: Record<string, unknown>;
}

function notesIn(node: unknown, path: string, out: NoteFound[] = []): NoteFound[] {
  if (Array.isArray(node)) {
    node.forEach((child, i) => notesIn(child, `${path}[${i}]`, out));
  } else if (node !== null && typeof node === 'object') {
    const row = node as Record<string, unknown>;
    for (const [key, child] of Object.entries(row)) {
      if (key === 'notes' && Array.isArray(child)) {
        child.forEach((note, i) => out.push({ path: `${path}.notes[${i}]`, note, row }));
      } else {
        notesIn(child, `${path}.${key}`, out);
      }
    }
  }
  return out;
}

describe('data notes', () => {
  const notes = DATASET_NAMES.flatMap((name) => notesIn(readDatasetJson(name), name));

  it('exist (the report contradicts itself in places)', () => {
    expect(notes.length).toBeGreaterThan(0);
  });

  it('have both languages', () => {
    const incomplete = notes
      .filter(({ note }) => {
        const text = (note as { text?: { zh?: unknown; en?: unknown } }).text;
        return [text?.zh, text?.en].some((s) => typeof s !== 'string' || s.trim() === '');
      })
      .map((n) => n.path);
    expect(incomplete).toEqual([]);
  });

  it('point at a field of their row (or of the row’s items), or at the whole row', () => {
    const dangling = notes
      .filter(({ note, row }) => {
        const field = (note as { field?: unknown }).field;
        if (field === null) return false;
        if (typeof field !== 'string') return true;
        if (field in row) return false;
        // e.g. a note on 图20's `pricing` names a field of its rows.
        return !Object.values(row).some(
          (value) =>
            Array.isArray(value) &&
            value.some((item) => item !== null && typeof item === 'object' && field in item),
        );
      })
      .map((n) => `${n.path} → ${String((n.note as { field?: unknown }).field)}`);
    expect(dangling).toEqual([]);
  });
});

describe('ids and references', () => {
  it('ids and codes are unique within their lists', () => {
    expect(duplicates(data.funds.funds.map((f) => f.code))).toEqual([]);
    expect(duplicates(data.companies.aShare.map((c) => c.code))).toEqual([]);
    expect(duplicates(data.companies.overseas.map((c) => c.code))).toEqual([]);
    expect(duplicates(data.companies.forecasts.map((c) => c.code))).toEqual([]);
    expect(
      duplicates([...data.indices.top10, ...data.indices.bottom10].map((c) => c.code)),
    ).toEqual([]);
    expect(duplicates(data.indices.indices.map((i) => i.id))).toEqual([]);
    expect(duplicates(data.sectors.subIndustries.map((s) => s.id))).toEqual([]);
    expect(
      duplicates([
        ...data.news.items.map((i) => i.id),
        ...data.news.policies.map((p) => p.id),
        ...data.news.financing.map((f) => f.id),
      ]),
    ).toEqual([]);
    expect(duplicates(data.frontier.items.map((i) => i.id))).toEqual([]);
  });

  it('sub-industry order is 1…25', () => {
    const orders = data.sectors.subIndustries.map((s) => s.order).sort((a, b) => a - b);
    expect(orders).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('A/C share classes of one fund share a key; other keys are unique', () => {
    const byKey = new Map<string, string[]>();
    for (const fund of data.funds.funds) {
      byKey.set(fund.fundKey, [...(byKey.get(fund.fundKey) ?? []), fund.shareClass ?? '-']);
    }
    const bad = [...byKey].filter(([, classes]) => {
      if (classes.length === 1) return false;
      return duplicates(classes).length > 0 || classes.includes('-');
    });
    expect(bad).toEqual([]);
  });

  it('company codes named by news and frontier items exist in the companies dataset', () => {
    const known = new Set([
      ...data.companies.aShare.map((c) => c.code),
      ...data.companies.overseas.map((c) => c.code),
      ...data.companies.forecasts.map((c) => c.code),
    ]);
    const referenced = [
      ...data.news.items.flatMap((i) => i.companies.map((code) => `${i.id}→${code}`)),
      ...data.news.financing.flatMap((f) => f.companies.map((code) => `${f.id}→${code}`)),
      ...data.frontier.items.flatMap((i) => i.companies.map((code) => `${i.id}→${code}`)),
    ];
    expect(referenced.filter((ref) => !known.has(ref.split('→')[1] ?? ''))).toEqual([]);
  });
});

describe('profit groups (增速下滑 is a fall in profit, not slower growth)', () => {
  it('the groups are disjoint and add up, so 增速下滑 companies had falling profit', () => {
    const sub = data.sectors.subIndustries;
    expect(sub).toHaveLength(25);
    const p = data.sectors.distribution.profit;
    expect(p.growth + p.decline + p.lossWidened + p.lossNarrowed + p.turnedProfit).toBe(333);
  });

  it('says "Profit declined" in every English label, never "growth slowed"', () => {
    expect(sectorsStrings.en.scatter.status.decline).toBe('Profit declined');
    expect(sectorsStrings.en.distribution.profit.decline).toBe('Profit declined');
    // Revenue growth "slowing somewhat from last year" (放缓) is right; profit never "slowed".
    const all = JSON.stringify([sectorsStrings.en, readDatasetJson('sectors')]);
    expect(all.match(/profit growth slow\w*|slowing to varying degrees/gi)).toBeNull();
  });
});
