/**
 * Fidelity: every figure and every printed string in the datasets is read back out of the
 * report's extracted text and compared. Nothing here is a hard-coded expectation: tables are
 * parsed from their tab-separated rows, figures in prose are captured with regexes from the
 * sentences that print them. A typo in a dataset fails CI with the field, the dataset value and
 * the printed value.
 *
 * Names are compared exactly unless a comment says which whitespace is normalised and why.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { sectorsStrings } from '../../src/features/sectors/strings';

import {
  appearsIn,
  capture,
  captionPattern,
  captionText,
  cell,
  despace,
  findLine,
  flattenSource,
  isoFromPrinted,
  loadDatasets,
  mismatches,
  paragraphsOf,
  printedNumber,
  readSourceText,
  readTable,
  requiredNumber,
  SECURITY_CODE,
  sourceLines,
  squash,
  stripParagraphTags,
  type SourceTable,
} from './source-text';

// The report text is the project's ground truth and lives in the repository. A missing or edited
// copy is a failure, never a skip: the pinned digest below changes only with a deliberate edit.
const SOURCE_PATH = resolve(__dirname, '../fixtures/source/000_e304adfcc9720944.txt');
const SOURCE_SHA256 = 'e988650f7f927e6d027fd256aca28aef9b7e9dbaabb8ee8eaf0cb395be64d5fa';
const source = readSourceText(SOURCE_PATH);

describe('the report text', () => {
  it('is in the repository, unchanged', () => {
    expect(source, `report text missing at ${SOURCE_PATH}`).not.toBeNull();
    const digest = createHash('sha256').update(readFileSync(SOURCE_PATH)).digest('hex');
    expect(digest).toBe(SOURCE_SHA256);
  });
});

/** Empty when the file is missing: the test above then fails, and so do the figure checks. */
const text = source ?? '';
const flat = flattenSource(text);
const data = loadDatasets();

const table = (number: number): SourceTable => readTable(text, captionPattern('表', number));
const figureTable = (number: number): SourceTable => readTable(text, captionPattern('图', number));
const securityRows = (t: SourceTable): string[][] =>
  t.rows.filter((row) => SECURITY_CODE.test(cell(row, 0)));

/** The first line of the text from which `pattern` matches, and the lines after it. */
function linesFrom(pattern: RegExp): string[] {
  const lines = sourceLines(text);
  return lines.slice(findLine(lines, pattern));
}

/** The line starting with `prefix` (first occurrence). */
function lineStartingWith(prefix: string | RegExp, from = 0): string {
  const lines = sourceLines(text);
  const pattern = typeof prefix === 'string' ? new RegExp(`^${escapeRegex(prefix)}`) : prefix;
  return (lines[findLine(lines, pattern, from)] ?? '').trim();
}

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('datasets match the report text', () => {
  describe('indices', () => {
    it('表1 and 表2: code, name, change, close and relative change of every row', () => {
      const m = mismatches();
      for (const [number, rows] of [
        [1, data.indices.top10],
        [2, data.indices.bottom10],
      ] as const) {
        const printed = securityRows(table(number));
        m.eq(`表${number} row count`, rows.length, printed.length);
        printed.forEach((row, i) => {
          const at = `表${number}[${i}]`;
          const item = rows[i];
          if (!item) return m.fail(`${at}: missing in the dataset (${row.join(' | ')})`);
          m.eq(`${at}.code`, item.code, cell(row, 0));
          m.eq(`${at}.name.zh`, item.name.zh, cell(row, 1));
          m.eq(`${at}.octoberChangePct`, item.octoberChangePct, requiredNumber(cell(row, 2)));
          m.eq(`${at}.close`, item.close, requiredNumber(cell(row, 3)));
          m.eq(
            `${at}.relativeToComputerPct`,
            item.relativeToComputerPct,
            requiredNumber(cell(row, 4)),
          );
        });
      }
      expect(m.found).toEqual([]);
    });

    it('section 二 (一): closes and monthly changes of 884201.WI and 801750.SI', () => {
      const m = mismatches();
      for (const index of data.indices.indices.filter((i) => i.code !== null)) {
        const code = escapeRegex(index.code ?? '');
        const [close, change] = capture(
          text,
          new RegExp(
            `${escapeRegex(index.name.zh)}\\s*[(（]${code}[)）]\\s*截至\\s*10\\s*月末收盘价为\\s*(-?[\\d.]+)\\s*[，,]\\s*月涨跌幅为\\s*(-?[\\d.]+)%`,
          ),
        );
        m.eq(`${index.id}.close`, index.close, requiredNumber(close ?? ''));
        m.eq(`${index.id}.octoberChangePct`, index.octoberChangePct, requiredNumber(change ?? ''));
      }
      expect(m.found).toEqual([]);
    });

    it('cover sentence: SSE Composite, CSI 300 and ChiNext changes (no close printed)', () => {
      const m = mismatches();
      const sentence = lineStartingWith('市场方面');
      for (const index of data.indices.indices.filter((i) => i.code === null)) {
        const [change] = capture(
          sentence,
          new RegExp(`${escapeRegex(index.name.zh)}[（(](-?[\\d.]+)%[)）]`),
        );
        m.eq(`${index.id}.octoberChangePct`, index.octoberChangePct, requiredNumber(change ?? ''));
        m.eq(`${index.id}.close`, index.close, null);
        m.eq(`${index.id}.source.section`, index.source.section, 'front');
      }
      m.eq('reading.zh', data.indices.reading.zh, sentence);
      expect(m.found).toEqual([]);
    });

    it('the cover and section 二 disagree on the AI index change, and a data note says so', () => {
      const [cover] = capture(text, /人工智能板块指数[（(]884201\.WI[)）]涨跌幅为(-?[\d.]+)%/);
      const ai = data.indices.indices.find((i) => i.code === '884201.WI');
      expect(ai).toBeDefined();
      const coverValue = requiredNumber(cover ?? '');
      // The cover prints 2 decimals; the section-二 figure rounded to 2 decimals should equal it.
      if (Math.round((ai?.octoberChangePct ?? 0) * 100) / 100 !== coverValue) {
        const note = ai?.notes.find((n) => n.field === 'octoberChangePct');
        expect(note?.text.zh).toContain(cover);
      }
    });

    it('AI index profile: market cap, constituents, weighting and board counts', () => {
      const m = mismatches();
      const profile = data.indices.aiIndexProfile;
      const [cap, count, weighting] = capture(
        text,
        /884201\.WI[)）]\s*截至\s*10\s*月\s*31\s*日总市值\s*([\d.]+)\s*亿\s*[,，]\s*含成分股\s*(\d+)\s*支\s*[,，]\s*(权重等分)/,
      );
      m.eq('marketCapYi', profile.marketCapYi, requiredNumber(cap ?? ''));
      m.eq('constituents', profile.constituents, requiredNumber(count ?? ''));
      m.eq('weighting.zh', profile.weighting.zh, weighting);
      const [boardsSentence] = capture(text, /上市板分布为([^。]+)。/);
      const boards = [...(boardsSentence ?? '').matchAll(/([^\s,，]+?)\s*(\d+)\s*支/g)];
      m.eq('boards.length', profile.boards.length, boards.length);
      boards.forEach((match, i) => {
        m.eq(`boards[${i}].board.zh`, profile.boards[i]?.board.zh, match[1]);
        m.eq(`boards[${i}].count`, profile.boards[i]?.count, Number(match[2]));
      });
      expect(m.found).toEqual([]);
    });

    it('section 二 (三): valuation figures', () => {
      const m = mismatches();
      const v = data.indices.valuation;
      const [revenue, profit, pe, ps] = capture(
        text,
        /营业收入复合增长率\s*(-?[\d.]+)%\s*[,，]\s*净利润复合增长率\s*(-?[\d.]+)%.*?PE\s*\(TTM\)\s*(-?[\d.]+)\s*倍\s*[,，]\s*PS\s*\(TTM\)\s*(-?[\d.]+)\s*倍/,
      );
      m.eq('revenueCagr3yPct', v.revenueCagr3yPct, requiredNumber(revenue ?? ''));
      m.eq('netProfitCagr3yPct', v.netProfitCagr3yPct, requiredNumber(profit ?? ''));
      m.eq('peTtm', v.peTtm, requiredNumber(pe ?? ''));
      m.eq('psTtm', v.psTtm, requiredNumber(ps ?? ''));
      expect(m.found).toEqual([]);
    });

    it('index names are printed next to their codes; source line of 表1/表2', () => {
      for (const index of data.indices.indices.filter((i) => i.code !== null)) {
        expect(despace(text)).toContain(despace(`${index.name.zh} (${index.code ?? ''})`));
      }
      expect(squash(data.indices.sourceLine.zh)).toBe(squash(table(1).sourceLine));
      expect(squash(data.indices.sourceLine.zh)).toBe(squash(table(2).sourceLine));
    });
  });

  describe('funds (表3)', () => {
    it('all 28 rows: code, name, type, size, price and returns (blank → null)', () => {
      const m = mismatches();
      const t = table(3);
      const printed = securityRows(t);
      m.eq('row count', data.funds.funds.length, printed.length);
      printed.forEach((row, i) => {
        const at = `表3[${i}] ${cell(row, 0)}`;
        const fund = data.funds.funds[i];
        if (!fund) return m.fail(`${at}: missing in the dataset`);
        m.eq(`${at}.code`, fund.code, cell(row, 0));
        // The PDF prints some names with a space before ETF / A ("汇添富中证人工智能 ETF") and
        // others without; only whitespace is normalised (removed on both sides).
        m.eq(`${at}.name.zh`, despace(fund.name.zh), despace(cell(row, 1)));
        m.eq(`${at}.type.zh`, fund.type.zh, cell(row, 2));
        m.eq(`${at}.sizeYi`, fund.sizeYi, requiredNumber(cell(row, 3)));
        m.eq(`${at}.price`, fund.price, requiredNumber(cell(row, 4)));
        m.eq(`${at}.return1m`, fund.return1m, printedNumber(cell(row, 5)));
        m.eq(`${at}.return3m`, fund.return3m, printedNumber(cell(row, 6)));
        m.eq(`${at}.return6m`, fund.return6m, printedNumber(cell(row, 7)));
      });
      m.eq('sourceLine.zh', squash(data.funds.sourceLine.zh), squash(t.sourceLine));
      expect(m.found).toEqual([]);
    });
  });

  describe('companies', () => {
    it('表4: 29 rows, code, name and all 9 numeric columns', () => {
      const m = mismatches();
      const t = table(4);
      const printed = securityRows(t);
      m.eq('row count', data.companies.aShare.length, printed.length);
      const fields = [
        'revenueGrowth2023',
        'netProfitGrowth2023',
        'revenueGrowthH1_2024',
        'netProfitGrowthH1_2024',
        'marketCapYi',
        'peTtm',
        'psTtm',
        'monthChangePct',
        'ytdChangePct',
      ] as const;
      printed.forEach((row, i) => {
        const at = `表4[${i}] ${cell(row, 0)}`;
        const company = data.companies.aShare[i];
        if (!company) return m.fail(`${at}: missing in the dataset`);
        m.eq(`${at}.code`, company.code, cell(row, 0));
        m.eq(`${at}.name.zh`, company.name.zh, cell(row, 1));
        fields.forEach((field, f) => {
          m.eq(`${at}.${field}`, company[field], printedNumber(cell(row, f + 2)));
        });
      });
      // The growth headers as printed (garbled) are recorded in the dataset verbatim.
      data.companies.tableFourColumns.columns.forEach((column, i) => {
        m.eq(`tableFourColumns[${i}].printedHeader`, column.printedHeader, cell(t.header, i + 2));
      });
      m.eq('sourceLine.zh', squash(data.companies.sourceLine.zh), squash(t.sourceLine));
      expect(m.found).toEqual([]);
    });

    it('表5: 12 rows, code, name and all 9 numeric columns ("-" → null)', () => {
      const m = mismatches();
      const printed = securityRows(table(5));
      m.eq('row count', data.companies.overseas.length, printed.length);
      const fields = [
        'h1Revenue',
        'h1RevenueYoy',
        'h1NetProfit',
        'netProfitGrowth1y',
        'marketCap',
        'peTtm',
        'psTtm',
        'monthChangePct',
        'ytdChangePct',
      ] as const;
      printed.forEach((row, i) => {
        const at = `表5[${i}] ${cell(row, 0)}`;
        const company = data.companies.overseas[i];
        if (!company) return m.fail(`${at}: missing in the dataset`);
        m.eq(`${at}.code`, company.code, cell(row, 0));
        m.eq(`${at}.name.zh`, company.name.zh, cell(row, 1));
        fields.forEach((field, f) => {
          m.eq(`${at}.${field}`, company[field], printedNumber(cell(row, f + 2)));
        });
        // The currency is not printed per row; it follows the listing (.O → USD, .HK → HKD).
        m.eq(`${at}.currency`, company.currency, company.code.endsWith('.HK') ? 'HKD' : 'USD');
      });
      expect(m.found).toEqual([]);
    });

    it('cover forecast table: 5 rows, EPS, PE and rating ("-" → null)', () => {
      const m = mismatches();
      const printed = securityRows(readTable(text, /^重点公司盈利预测与估值$/));
      m.eq('row count', data.companies.forecasts.length, printed.length);
      const years = ['a2023', 'e2024', 'e2025'] as const;
      printed.forEach((row, i) => {
        const at = `forecast[${i}] ${cell(row, 0)}`;
        const forecast = data.companies.forecasts[i];
        if (!forecast) return m.fail(`${at}: missing in the dataset`);
        m.eq(`${at}.code`, forecast.code, cell(row, 0));
        m.eq(`${at}.name.zh`, forecast.name.zh, cell(row, 1));
        years.forEach((year, y) => {
          m.eq(`${at}.eps.${year}`, forecast.eps[year], printedNumber(cell(row, 2 + y)));
          m.eq(`${at}.pe.${year}`, forecast.pe[year], printedNumber(cell(row, 5 + y)));
        });
        const rating = cell(row, 8);
        m.eq(`${at}.rating.zh`, forecast.rating?.zh ?? null, rating === '-' ? null : rating);
      });
      expect(m.found).toEqual([]);
    });

    it('the 重点关注 and 六、投资建议 company lists, and codes only where the report prints one', () => {
      const m = mismatches();
      // Every name → code pair the report prints in a table.
      const printedCodes = new Map<string, string>();
      const coverTable = readTable(text, /^重点公司盈利预测与估值$/);
      for (const t of [table(1), table(2), table(4), table(5), coverTable]) {
        for (const row of securityRows(t)) printedCodes.set(cell(row, 1), cell(row, 0));
      }
      const [cover] = capture(text, /重点关注：([^。]+?)等。/);
      const [section6] = capture(
        text,
        /六、投资建议\s*\n[\s\S]*?建议关注：[^。]*。建议关注：([^。]+?)等。/,
      );
      [cover, section6].forEach((printed, l) => {
        const list = data.companies.lists[l];
        const names = (printed ?? '').split('、');
        m.eq(`lists[${l}].length`, list?.companies.length, names.length);
        names.forEach((name, i) => {
          const company = list?.companies[i];
          m.eq(`lists[${l}][${i}].name.zh`, company?.name.zh, name);
          m.eq(`lists[${l}][${i}].code`, company?.code, printedCodes.get(name) ?? null);
        });
      });
      m.eq('lists[0].title.zh', data.companies.lists[0]?.title.zh, '重点关注');
      m.eq('lists[1].title.zh', data.companies.lists[1]?.title.zh, '建议关注');
      expect(m.found).toEqual([]);
    });
  });

  describe('sectors', () => {
    it('section 一 (一): sample and Q3 totals', () => {
      const m = mismatches();
      const industry = data.sectors.industry;
      const [revenue, revenueYoy, profit, profitYoy] = capture(
        text,
        /实现营收\s*([\d.]+)\s*亿元\s*[，,]\s*同比增长\s*(-?[\d.]+)%.*?归母净利润\s*([\d.]+)\s*亿元\s*[，,]\s*同比增长\s*(-?[\d.]+)%/,
      );
      const [sample] = capture(text, /选择共\s*(\d+)\s*只个股/);
      // The period the labels print ("24Q3"), as the sentence with the totals words it.
      const [period] = capture(text, /计算机行业\s*(\w+)\s*单季度实现营收/);
      m.eq('period', data.sectors.period, period ?? null);
      m.eq('q3RevenueYi', industry.q3RevenueYi, requiredNumber(revenue ?? ''));
      m.eq('q3RevenueYoyPct', industry.q3RevenueYoyPct, requiredNumber(revenueYoy ?? ''));
      m.eq('q3NetProfitYi', industry.q3NetProfitYi, requiredNumber(profit ?? ''));
      m.eq('q3NetProfitYoyPct', industry.q3NetProfitYoyPct, requiredNumber(profitYoy ?? ''));
      m.eq('sampleSize', industry.sampleSize, requiredNumber(sample ?? ''));
      expect(m.found).toEqual([]);
    });

    it('the 25 sub-industries, in the order of the 子行业分类 sentence', () => {
      const [count, list] = capture(text, /分成\s*(\d+)\s*个细分子行业[：:](.+?)。/);
      const names = (list ?? '').split('、');
      expect(names).toHaveLength(Number(count));
      const ordered = [...data.sectors.subIndustries].sort((a, b) => a.order - b.order);
      expect(ordered.map((s) => s.name.zh)).toEqual(names);
      expect(ordered.map((s) => s.order)).toEqual(names.map((_, i) => i + 1));
      // The cover says the same number.
      const [coverCount] = capture(text, /细分为\s*(\d+)\s*个子行业/);
      expect(Number(coverCount)).toBe(names.length);
    });

    it('revenue direction: the 13 sub-industries of 1) 营收端 are up, the others not-up', () => {
      const [list, count] = capture(text, /实现营收端正增长的行业有(.+?)等\s*(\d+)\s*个行业/);
      const up = (list ?? '').split('、');
      expect(up).toHaveLength(Number(count));
      const m = mismatches();
      for (const name of up) {
        if (!data.sectors.subIndustries.some((s) => s.name.zh === name)) {
          m.fail(`营收端 names "${name}", which is not a sub-industry`);
        }
      }
      for (const s of data.sectors.subIndustries) {
        m.eq(
          `${s.id}.revenueDirection`,
          s.revenueDirection,
          up.includes(s.name.zh) ? 'up' : 'not-up',
        );
      }
      expect(m.found).toEqual([]);
    });

    it('revenue figures: 华为鸿蒙 88.75% and 数据中心 / 算力基础设施 超过 20%, nothing else', () => {
      const m = mismatches();
      const [harmony] = capture(text, /华为鸿蒙营收增速\s*([\d.]+)%/);
      const [over, overValue] = capture(text, /数据中心与算力基础设施营收增速(超过)\s*([\d.]+)%/);
      const expected = new Map<string, { comparator: string; valuePct: number }>([
        ['华为鸿蒙', { comparator: '=', valuePct: requiredNumber(harmony ?? '') }],
        ['数据中心', { comparator: over === '超过' ? '>' : '=', valuePct: Number(overValue) }],
        ['算力基础设施', { comparator: over === '超过' ? '>' : '=', valuePct: Number(overValue) }],
      ]);
      for (const s of data.sectors.subIndustries) {
        const want = expected.get(s.name.zh) ?? null;
        m.eq(
          `${s.id}.revenueFigure.comparator`,
          s.revenueFigure?.comparator ?? null,
          want?.comparator ?? null,
        );
        m.eq(
          `${s.id}.revenueFigure.valuePct`,
          s.revenueFigure?.valuePct ?? null,
          want?.valuePct ?? null,
        );
        if (s.revenueFigure && !appearsIn(flat, s.revenueFigure.printed.zh)) {
          m.fail(
            `${s.id}.revenueFigure.printed.zh "${s.revenueFigure.printed.zh}" is not in the report`,
          );
        }
      }
      expect(m.found).toEqual([]);
    });

    it('profit status of every sub-industry, from the 2) 利润端 sentence', () => {
      const line = lineStartingWith(/^2\)\s*利润端/);
      const clauses = line
        .replace(/^2\)\s*利润端[：:]/, '')
        .replace(/。$/, '')
        .split('；');
      const statusOf = (clause: string): string => {
        if (clause.includes('正增长')) return 'growth';
        if (clause.includes('承压')) return 'decline';
        if (clause.includes('扭亏')) return 'turned-profit';
        if (clause.includes('转亏')) return 'turned-loss';
        if (clause.includes('亏损收窄')) return 'loss-narrowed';
        if (clause.includes('亏损扩大')) return 'loss-widened';
        throw new Error(`unrecognised 利润端 clause "${clause}"`);
      };
      const printed = new Map<string, string>();
      for (const clause of clauses) {
        const body = clause.includes('：') ? clause.slice(clause.lastIndexOf('：') + 1) : clause;
        const match = /^(.+?)(?:等\s*(\d+)\s*个行业.*|同比扭亏|转亏)$/.exec(body);
        if (!match) throw new Error(`cannot read the names in "${clause}"`);
        const names = (match[1] ?? '').split('、').map((name) => name.trim());
        if (match[2] !== undefined) expect(names, clause).toHaveLength(Number(match[2]));
        for (const name of names) printed.set(name, statusOf(clause));
      }
      expect(printed.size).toBe(data.sectors.subIndustries.length);
      const m = mismatches();
      for (const s of data.sectors.subIndustries) {
        m.eq(
          `${s.id}.profitStatus`,
          s.profitStatus,
          printed.get(s.name.zh) ?? '(not in the sentence)',
        );
      }
      expect(m.found).toEqual([]);
    });

    it('section 一 (三): company distribution figures', () => {
      const m = mismatches();
      const d = data.sectors.distribution;
      const [positive, above, threshold] = capture(
        text,
        /实现正增长公司数量\s*(\d+)\s*家.*?其中\s*(\d+)\s*家公司营收增速超\s*(\d+)%/,
      );
      m.eq('revenuePositive', d.revenuePositive, Number(positive));
      m.eq('revenueAbove50Pct', d.revenueAbove50Pct, Number(above));
      m.eq('threshold of revenueAbove50Pct', 50, Number(threshold));
      const [growth, decline, widened, narrowed, turned] = capture(
        text,
        /维持正增长的公司有\s*(\d+)\s*家；\s*(\d+)\s*家公司净利润增速下滑；\s*(\d+)\s*家公司亏损扩大幅度；\s*(\d+)\s*家出现亏损收窄情况；\s*(\d+)\s*家公司同比扭亏/,
      );
      m.eq('profit.growth', d.profit.growth, Number(growth));
      m.eq('profit.decline', d.profit.decline, Number(decline));
      m.eq('profit.lossWidened', d.profit.lossWidened, Number(widened));
      m.eq('profit.lossNarrowed', d.profit.lossNarrowed, Number(narrowed));
      m.eq('profit.turnedProfit', d.profit.turnedProfit, Number(turned));
      const buckets = [...lineStartingWith(/^2\)\s*利润端：维持/).matchAll(/([^；：]+)：(\d+)家/g)];
      m.eq('growthBuckets.length', d.growthBuckets.length, buckets.length);
      buckets.forEach((match, i) => {
        m.eq(`growthBuckets[${i}].label.zh`, d.growthBuckets[i]?.label.zh, (match[1] ?? '').trim());
        m.eq(`growthBuckets[${i}].count`, d.growthBuckets[i]?.count, Number(match[2]));
      });
      expect(m.found).toEqual([]);
    });

    it('figures 3–6 (charts absent from the text) keep their printed captions', () => {
      const m = mismatches();
      for (const figure of data.sectors.missingFigures) {
        m.eq(
          `图${figure.number}`,
          squash(figure.caption.zh),
          squash(captionText(text, '图', figure.number)),
        );
      }
      expect(m.found).toEqual([]);
    });
  });

  describe('news', () => {
    const tables = [
      { number: 6, category: 'data-elements', hasModel: false },
      { number: 7, category: 'data-exchanges', hasModel: false },
      { number: 8, category: 'domestic-models', hasModel: true },
      { number: 9, category: 'overseas-models', hasModel: true },
      { number: 10, category: 'compute-chips', hasModel: false },
    ] as const;

    it.each(tables)('表$number: date, model, headline and body of every row', (spec) => {
      const m = mismatches();
      const t = table(spec.number);
      const items = data.news.items.filter((item) => item.source.number === spec.number);
      m.eq('row count', items.length, t.rows.length);
      t.rows.forEach((row, i) => {
        const item = items[i];
        const at = `表${spec.number}[${i}] ${item?.id ?? '?'}`;
        if (!item) return m.fail(`${at}: missing in the dataset (${cell(row, 0)})`);
        const content = row.at(-1) ?? '';
        m.eq(`${at}.category`, item.category, spec.category);
        m.eq(`${at}.datePrinted`, item.datePrinted, cell(row, 0));
        m.eq(`${at}.date`, item.date, isoFromPrinted(cell(row, 0)));
        m.eq(`${at}.model`, item.model, spec.hasModel ? cell(row, 1) : null);
        // The headline is the first <p> of the cell; the PDF's spacing is normalised.
        const headline = paragraphsOf(content)[0] ?? '';
        m.eq(`${at}.headline.zh`, squash(item.headline.zh), squash(headline));
        if (!appearsIn(flat, item.headline.zh)) m.fail(`${at}: headline not in the report`);
        // The body is the rest of the cell, split into paragraphs; nothing added or dropped
        // (compared without whitespace because paragraph breaks and page breaks differ).
        const body = stripParagraphTags(content.slice(content.indexOf('</p>') + 4));
        m.eq(`${at}.paragraphs`, despace(item.paragraphs.map((p) => p.zh).join('')), despace(body));
      });
      const line = data.news.sourceLines.find((s) => s.table === spec.number);
      m.eq('sourceLine', squash(line?.text.zh ?? ''), squash(t.sourceLine));
      expect(m.found).toEqual([]);
    });

    it('表11: date, department, document title and content of every policy', () => {
      const m = mismatches();
      const t = table(11);
      m.eq('row count', data.news.policies.length, t.rows.length);
      t.rows.forEach((row, i) => {
        const policy = data.news.policies[i];
        const at = `表11[${i}] ${policy?.id ?? '?'}`;
        if (!policy) return m.fail(`${at}: missing in the dataset`);
        m.eq(`${at}.datePrinted`, policy.datePrinted, cell(row, 0));
        m.eq(`${at}.date`, policy.date, isoFromPrinted(cell(row, 0)));
        m.eq(`${at}.department.zh`, squash(policy.department.zh), squash(cell(row, 1)));
        m.eq(`${at}.document.zh`, squash(policy.document.zh), squash(cell(row, 2)));
        m.eq(
          `${at}.paragraphs`,
          despace(policy.paragraphs.map((p) => p.zh).join('')),
          despace(cell(row, 3)),
        );
        m.eq(`${at}.source.number`, policy.source.number, 11);
      });
      const line = data.news.sourceLines.find((s) => s.table === 11);
      m.eq('sourceLine', squash(line?.text.zh ?? ''), squash(t.sourceLine));
      expect(m.found).toEqual([]);
    });

    it('表12: company, track, profile, date, round, amount and investors of every deal', () => {
      const m = mismatches();
      const t = table(12);
      m.eq('row count', data.news.financing.length, t.rows.length);
      t.rows.forEach((row, i) => {
        const deal = data.news.financing[i];
        const at = `表12[${i}] ${deal?.id ?? '?'}`;
        if (!deal) return m.fail(`${at}: missing in the dataset`);
        m.eq(`${at}.company.zh`, deal.company.zh, cell(row, 0));
        m.eq(`${at}.track.zh`, deal.track.zh, cell(row, 1));
        // The profile of one row continues after a page break; compared without whitespace.
        m.eq(`${at}.profile.zh`, despace(deal.profile.zh), despace(cell(row, 2)));
        m.eq(`${at}.date`, deal.date, cell(row, 3));
        m.eq(`${at}.round.zh`, deal.round.zh, cell(row, 4));
        m.eq(`${at}.amount.zh`, deal.amount.zh, cell(row, 5));
        m.eq(`${at}.investors.zh`, squash(deal.investors.zh), squash(cell(row, 6)));
      });
      const line = data.news.sourceLines.find((s) => s.table === 12);
      m.eq('sourceLine', squash(line?.text.zh ?? ''), squash(t.sourceLine));
      expect(m.found).toEqual([]);
    });

    it('counts: 23 news rows in 表6–表10, 5 policies, 9 deals', () => {
      const newsRows = [6, 7, 8, 9, 10].reduce((sum, n) => sum + table(n).rows.length, 0);
      expect(data.news.items).toHaveLength(newsRows);
      expect(data.news.policies).toHaveLength(table(11).rows.length);
      expect(data.news.financing).toHaveLength(table(12).rows.length);
      expect([newsRows, table(11).rows.length, table(12).rows.length]).toEqual([23, 5, 9]);
    });
  });

  describe('frontier', () => {
    /** Numbered headings ("1. …", "3.MIT …") between two section headings. */
    function headings(from: RegExp, to: RegExp): { number: number; title: string }[] {
      const lines = sourceLines(text);
      const start = findLine(lines, from);
      const end = findLine(lines, to, start + 1);
      return lines
        .slice(start + 1, end)
        .map((line) => /^(\d+)\.\s*(.+)$/.exec(line.trim()))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => ({ number: Number(match[1]), title: squash(match[2] ?? '') }));
    }

    it('the 8 items: numbers and titles as printed in 四(一) and 五(一)', () => {
      const technology = headings(/^[（(]一[)）]\s*前沿技术动态$/, /^[（(]二[)）]\s*前沿政策动态$/);
      const products = headings(/^[（(]一[)）]\s*前沿产品动态$/, /^[（(]二[)）]\s*投融资事件$/);
      const actual = (kind: 'technology' | 'product') =>
        data.frontier.items
          .filter((item) => item.kind === kind)
          .map((item) => ({ number: item.number, title: squash(item.title.zh) }));
      expect(actual('technology')).toEqual(technology);
      expect(actual('product')).toEqual(products);
      expect(technology.length + products.length).toBe(8);
      for (const item of data.frontier.items) {
        expect(item.source.section).toBe(item.kind === 'technology' ? '4.1' : '5.1');
      }
    });

    it('the blocks of every item are its printed paragraphs and bullets, complete and in order', () => {
      const lines = sourceLines(text);
      const ranges = {
        technology: [/^[（(]一[)）]\s*前沿技术动态$/, /^[（(]二[)）]\s*前沿政策动态$/],
        product: [/^[（(]一[)）]\s*前沿产品动态$/, /^[（(]二[)）]\s*投融资事件$/],
      } as const;
      const m = mismatches();
      for (const [kind, [from, to]] of Object.entries(ranges)) {
        const start = findLine(lines, from);
        const end = findLine(lines, to, start + 1);
        const headingAt = lines
          .map((line, i) => ({ line, i }))
          .filter(({ line, i }) => i > start && i < end && /^\d+\.\s*\S/.test(line.trim()))
          .map(({ i }) => i);
        const items = data.frontier.items.filter((item) => item.kind === kind);
        headingAt.forEach((at, k) => {
          const item = items[k];
          if (!item) return m.fail(`${kind} item ${k + 1} missing`);
          // Prose lines of the item: figure captions, their source lines and notes, and the
          // benchmark tables (tab-separated) belong to figures, not blocks.
          const printed: { type: string; text: string }[] = [];
          for (const raw of lines.slice(at + 1, headingAt[k + 1] ?? end)) {
            const line = raw.trim();
            if (line === '' || raw.includes('\t')) continue;
            if (/^图\s*\d+\s*[:：]|^资料来源|^注[：:]/.test(line)) continue;
            const bullet = line.startsWith('- ');
            const previous = printed.at(-1);
            // A paragraph cut by a page break ends without punctuation and resumes on the next
            // prose line ("…Mistral 3B" / "则为百万 token 0.04 美元。").
            if (
              !bullet &&
              previous?.type === 'paragraph' &&
              !/[。！？；：:!?.]$/.test(previous.text)
            ) {
              previous.text += line;
            } else {
              printed.push({
                type: bullet ? 'bullet' : 'paragraph',
                text: bullet ? line.slice(2) : line,
              });
            }
          }
          m.eq(`${item.id}.blocks.length`, item.blocks.length, printed.length);
          printed.forEach((block, b) => {
            m.eq(`${item.id}.blocks[${b}].type`, item.blocks[b]?.type, block.type);
            m.eq(
              `${item.id}.blocks[${b}].text.zh`,
              despace(item.blocks[b]?.text.zh ?? ''),
              despace(block.text),
            );
          });
        });
      }
      expect(m.found).toEqual([]);
    });

    it('item dates are printed in their text', () => {
      for (const item of data.frontier.items.filter((i) => i.date !== null)) {
        const [, month, day] = (item.date ?? '').split('-').map(Number);
        const body = item.blocks.map((b) => b.text.zh).join('');
        expect(body, item.id).toMatch(new RegExp(`(^|\\D)${month}\\s*月\\s*${day}\\s*日`));
      }
    });

    it('figure captions, source lines and notes of every item', () => {
      const m = mismatches();
      const lines = sourceLines(text);
      for (const item of data.frontier.items) {
        for (const figure of item.figures) {
          const at = `${item.id} 图${figure.number}`;
          const start = findLine(lines, captionPattern('图', figure.number));
          m.eq(
            `${at}.caption`,
            squash(figure.caption.zh),
            squash(captionText(text, '图', figure.number)),
          );
          const sourceAt = findLine(lines, /^资料来源/, start + 1);
          m.eq(`${at}.sourceLine`, squash(figure.sourceLine.zh), squash(lines[sourceAt] ?? ''));
          const between = lines.slice(start + 1, sourceAt).map((l) => l.trim());
          const note = between.find((l) => /^注[：:]/.test(l)) ?? null;
          m.eq(
            `${at}.note`,
            figure.note ? squash(figure.note.zh) : null,
            note ? squash(note) : null,
          );
        }
      }
      expect(m.found).toEqual([]);
    });

    it('图14, 图15, 图16: every model header, context length and benchmark cell as printed', () => {
      const m = mismatches();
      expect(data.frontier.benchmarks.map((b) => b.figure)).toEqual([14, 15, 16]);
      for (const benchmark of data.frontier.benchmarks) {
        const at = `图${benchmark.figure}`;
        const t = figureTable(benchmark.figure);
        m.eq(`${at}.header[0]`, cell(t.header, 0), 'Benchmark');
        m.eq(`${at}.models`, JSON.stringify(benchmark.models), JSON.stringify(t.header.slice(1)));
        m.eq(
          `${at}.caption`,
          squash(benchmark.caption.zh),
          squash(captionText(text, '图', benchmark.figure)),
        );
        m.eq(`${at}.sourceLine`, squash(benchmark.sourceLine.zh), squash(t.sourceLine));
        const context = t.rows.find((row) => cell(row, 0) === 'Context length (tokens)');
        m.eq(
          `${at}.contextLength`,
          JSON.stringify(benchmark.contextLength),
          JSON.stringify(context?.slice(1) ?? null),
        );
        const metricRows = t.rows.filter((row) => row !== context);
        m.eq(`${at}.metrics.length`, benchmark.metrics.length, metricRows.length);
        metricRows.forEach((row, r) => {
          const metric = benchmark.metrics[r];
          m.eq(`${at}.metrics[${r}].label`, metric?.label, cell(row, 0));
          m.eq(`${at}.metrics[${r}].values.length`, metric?.values.length, row.length - 1);
          row.slice(1).forEach((printed, c) => {
            const value = metric?.values[c];
            const where = `${at} ${cell(row, 0)} × ${benchmark.models[c] ?? c}`;
            m.eq(`${where}.printed`, value?.printed, printed);
            // value and starred must follow from the printed string.
            const starred = printed.endsWith('*');
            m.eq(`${where}.starred`, value?.starred, starred);
            m.eq(`${where}.value`, value?.value, printedNumber(printed.replace(/\*$/, '')));
          });
        });
      }
      expect(m.found).toEqual([]);
    });

    it('图20: pricing rows', () => {
      const m = mismatches();
      const pricing = data.frontier.pricing;
      const t = figureTable(20);
      m.eq('figure', pricing.figure, 20);
      m.eq('caption', squash(pricing.caption.zh), squash(captionText(text, '图', 20)));
      m.eq(
        'header',
        JSON.stringify(t.header),
        JSON.stringify(['Model', 'API', 'Pricing on la Plateforme', 'License']),
      );
      m.eq('row count', pricing.rows.length, t.rows.length);
      t.rows.forEach((row, i) => {
        const item = pricing.rows[i];
        m.eq(`rows[${i}].model`, item?.model, cell(row, 0));
        m.eq(`rows[${i}].api`, item?.api, cell(row, 1));
        // The extraction escapes "$" as "\$" (a data note records that the backslash is dropped).
        m.eq(`rows[${i}].pricing`, item?.pricing, cell(row, 2).replace(/\\\$/g, '$'));
        // One cell prints two licences back to back; the dataset lists them separately.
        m.eq(`rows[${i}].licenses`, item?.licenses.join(' '), cell(row, 3));
      });
      m.eq('sourceLine', squash(pricing.sourceLine.zh), squash(t.sourceLine));
      expect(m.found).toEqual([]);
    });
  });

  describe('report meta', () => {
    it('title, industry, dates and rating', () => {
      const lines = sourceLines(text).map((l) => l.trim());
      expect(data.report.title.zh).toBe(lines.find((l) => l !== ''));
      const [y, mo, d] = capture(text, /^(\d{4})年(\d{1,2})月(\d{1,2})日$/m);
      expect(data.report.publishedOn).toBe(`${y}-${mo?.padStart(2, '0')}-${d?.padStart(2, '0')}`);
      const [ay, am, ad] = capture(
        text,
        /数据截至\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
      );
      expect(data.report.dataAsOf).toBe(`${ay}-${am?.padStart(2, '0')}-${ad?.padStart(2, '0')}`);
      const industryAt = lines.indexOf(data.report.industry.zh);
      expect(industryAt).toBeGreaterThan(0);
      const ratingLine = lines.slice(industryAt + 1).find((l) => l !== '');
      expect(ratingLine).toBe(`${data.report.rating.rating.zh} ${data.report.rating.action.zh}`);
    });

    it("analysts' names, registration numbers, e-mails and phones", () => {
      const block = linesFrom(/^分析师$/);
      const end = block.findIndex((l) => l.trim() === '相对沪深300表现图');
      const cover = block
        .slice(0, end)
        .map((l) => l.trim())
        .filter((l) => l !== '');
      const registrations = cover.flatMap((l) => /编码[：:]\s*(S\d+)/.exec(l)?.slice(1) ?? []);
      const emails = cover.flatMap((l) => /^✉[：:]\s*(\S+)/.exec(l)?.slice(1) ?? []);
      const phones = cover.flatMap((l) => /^☎[：:]\s*(.+)$/.exec(l)?.slice(1) ?? []);
      const analysts = data.report.analysts;
      expect(analysts.flatMap((a) => (a.registration ? [a.registration] : []))).toEqual(
        registrations,
      );
      expect(analysts.map((a) => a.email)).toEqual(emails);
      expect(analysts.map((a) => a.phone)).toEqual(phones);
      for (const analyst of analysts) {
        // The research assistant's line reads "研究助理 胡天昊"; analysts' lines are the bare name.
        const line = analyst.registration
          ? analyst.name.zh
          : `${analyst.role.zh} ${analyst.name.zh}`;
        expect(cover, analyst.name.zh).toContain(line);
      }
    });

    it('the 5 risks, on the cover and in 七、风险提示', () => {
      const [cover] = capture(text, /风险提示[：:]\*\*(.+?)。/);
      const lines = sourceLines(text);
      const sectionAt = findLine(lines, /^七、风险提示$/);
      const section = lines.slice(sectionAt + 1).find((l) => l.trim() !== '') ?? '';
      const risks = data.report.risks.map((r) => r.zh);
      expect(risks).toHaveLength(5);
      expect((cover ?? '').split('；')).toEqual(risks);
      expect(section.trim().replace(/。$/, '').split('；')).toEqual(risks);
    });

    it('rating definitions are printed in the rating table', () => {
      for (const definition of data.report.ratingDefinitions) {
        expect(text).toContain(`${definition.rating.zh}：${definition.definition.zh}`);
      }
    });
  });

  it('every Chinese string taken from the report appears in it (whitespace aside)', () => {
    // Our own writing is excluded: data notes, column notes and the reading of 表4's headers.
    const ours = new Set(['notes', 'columnNotes', 'tableFourColumns']);
    const absent: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${path}[${i}]`));
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (typeof record.zh === 'string' && typeof record.en === 'string') {
        if (!appearsIn(flat, record.zh)) absent.push(`${path}: ${record.zh.slice(0, 80)}`);
        return;
      }
      for (const [key, child] of Object.entries(record)) {
        if (!ours.has(key)) walk(child, `${path}.${key}`);
      }
    };
    for (const [name, dataset] of Object.entries(data)) walk(dataset, name);
    expect(absent).toEqual([]);
  });

  describe('internal consistency (a contradiction needs a data note)', () => {
    it('表1/表2 相对计算机 = change − computer index change, to the printed precision', () => {
      const computer = data.indices.indices.find((i) => i.id === 'computer');
      const base = computer?.octoberChangePct ?? Number.NaN;
      const off = [...data.indices.top10, ...data.indices.bottom10].filter(
        (row) =>
          Math.abs(row.octoberChangePct - base - row.relativeToComputerPct) > 0.01 &&
          !row.notes.some((n) => n.field === 'relativeToComputerPct'),
      );
      expect(off.map((r) => r.code)).toEqual([]);
    });

    it('a stock in 表1/表2 and 表4 with different October changes carries notes on both sides', () => {
      const missingNotes: string[] = [];
      for (const row of [...data.indices.top10, ...data.indices.bottom10]) {
        const company = data.companies.aShare.find((c) => c.code === row.code);
        if (!company || company.monthChangePct === row.octoberChangePct) continue;
        if (!row.notes.some((n) => n.field === 'octoberChangePct'))
          missingNotes.push(`表1/2 ${row.code}`);
        // 表4's side is one note on the whole column, naming each disagreeing stock and figures.
        const columnNote = data.companies.columnNotes.find(
          (n) => n.table === 4 && n.fields.includes('monthChangePct'),
        );
        const named = [
          company.name.zh,
          String(company.monthChangePct),
          String(row.octoberChangePct),
        ];
        if (!named.every((part) => columnNote?.text.zh.includes(part)))
          missingNotes.push(`表4 ${row.code}`);
      }
      expect(missingNotes).toEqual([]);
    });

    it('exchange suffixes match code prefixes (6xxxxx → .SH, 0/3xxxxx → .SZ) or carry a note', () => {
      const rows = [
        ...data.indices.top10,
        ...data.indices.bottom10,
        ...data.companies.aShare,
        ...data.companies.forecasts,
      ];
      const wrong = rows.filter((row) => {
        const [digits = '', suffix = ''] = row.code.split('.');
        const expected = digits.startsWith('6') ? 'SH' : /^[03]/.test(digits) ? 'SZ' : suffix;
        return expected !== suffix && !row.notes.some((n) => n.field === 'code');
      });
      expect(wrong.map((r) => r.code)).toEqual([]);
      // Exchange-traded funds (15xxxx/16xxxx in Shenzhen, 5xxxxx in Shanghai) printed with the
      // off-exchange ".OF" suffix.
      const listed = data.funds.funds.filter(
        (f) => /^(15|16|5)/.test(f.code) && !f.notes.some((n) => n.field === 'code'),
      );
      expect(listed.map((f) => f.code)).toEqual([]);
    });

    it('board counts add up to the constituents; profit statuses to the sample; buckets to growth', () => {
      const profile = data.indices.aiIndexProfile;
      expect(profile.boards.reduce((sum, b) => sum + b.count, 0)).toBe(profile.constituents);
      const d = data.sectors.distribution;
      const statuses = Object.values(d.profit).reduce((sum, n) => sum + n, 0);
      expect(statuses).toBe(data.sectors.industry.sampleSize);
      expect(d.growthBuckets.reduce((sum, b) => sum + b.count, 0)).toBe(d.profit.growth);
    });

    it('news dates agree with the first date in the body, or carry a date note', () => {
      const disagree = data.news.items.filter((item) => {
        const body = item.paragraphs.map((p) => p.zh).join('');
        const first = /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/.exec(body);
        if (!first) return false;
        const [, month, day] = item.date.split('-').map(Number);
        const agrees = Number(first[1]) === month && Number(first[2]) === day;
        return !agrees && !item.notes.some((n) => n.field === 'date');
      });
      expect(disagree.map((i) => i.id)).toEqual([]);
    });

    it('表12 is titled October: deals dated outside October carry a date note', () => {
      expect(captionText(text, '表', 12)).toMatch(/^10\s*月/);
      const outside = data.news.financing.filter(
        (deal) => !deal.date.startsWith('2024-10-') && !deal.notes.some((n) => n.field === 'date'),
      );
      expect(outside.map((d) => d.id)).toEqual([]);
    });
  });
});

describe('illustrative figures in the UI', () => {
  it('the paste placeholder says it is an example and prints no figure of the report', () => {
    for (const [language, example, marker] of [
      ['zh', sectorsStrings.zh.user.pastePlaceholder, '示例'],
      ['en', sectorsStrings.en.user.pastePlaceholder, 'Example'],
    ] as const) {
      expect(example, language).toContain(marker);
      const figures = example.match(/-?\d+(?:\.\d+)?/g) ?? [];
      expect(figures.length, language).toBeGreaterThan(0);
      const printed = figures.filter((figure) =>
        new RegExp(`(?<![\\d.])${figure.replace(/^-/, '').replace('.', '\\.')}(?![\\d])`).test(
          text,
        ),
      );
      expect(printed, language).toEqual([]);
    }
  });
});
