/**
 * The one place numbers, percents, dates and money become text. Everything goes through `Intl`
 * so separators, signs and digits follow the language.
 *
 * Precision: figures are shown at the precision the report prints. Callers pass the number of
 * decimals the report uses for that column (`digits`); values are never rounded beyond what the
 * dataset holds, because `maximumFractionDigits` is always at least the value's own decimals.
 */
export type Lang = 'zh' | 'en';

export const localeOf = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en-US');

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), options);
    cache.set(key, format);
  }
  return format;
}

/** Decimals a JS number carries (1.9 → 1, 4542.764 → 3, 56 → 0). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const text = String(value);
  const exp = /e-(\d+)$/.exec(text);
  if (exp?.[1]) return Number(exp[1]);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

function fractionDigits(value: number, digits: number | undefined): Intl.NumberFormatOptions {
  const own = decimalsOf(value);
  const min = Math.min(digits ?? own, 20);
  return { minimumFractionDigits: min, maximumFractionDigits: Math.max(min, own) };
}

export interface NumberOptions {
  /** Decimals the report prints for this figure (pads 1.9 to 1.90). Defaults to the value's own. */
  digits?: number;
  /** Show + for positive values. */
  sign?: boolean;
}

export function formatNumber(
  value: number,
  lang: Lang,
  { digits, sign }: NumberOptions = {},
): string {
  return numberFormat(lang, {
    ...fractionDigits(value, digits),
    signDisplay: sign ? 'exceptZero' : 'auto',
  }).format(value);
}

/**
 * A percentage given in percent units (14.0889 means 14.0889%), always with an explicit sign.
 * The value is scaled by Intl's own percent style, not by hand-built strings.
 */
export function formatPercent(value: number, lang: Lang, digits?: number): string {
  const own = decimalsOf(value);
  const min = digits ?? own;
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: min,
    maximumFractionDigits: Math.max(min, own),
    signDisplay: 'exceptZero',
  }).format(value / 100);
}

/** Percentage points without a sign (for shares and thresholds like "above 20%"). */
export function formatPercentPlain(value: number, lang: Lang, digits?: number): string {
  const own = decimalsOf(value);
  const min = digits ?? own;
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: min,
    maximumFractionDigits: Math.max(min, own),
  }).format(value / 100);
}

/**
 * Money given in 亿元 (hundreds of millions of yuan).
 * zh: "3,148.31亿元". en: CNY scaled to bn (≥ 10亿) or M, keeping every printed digit:
 * 3148.31亿 → "CNY 314.831bn", 7.19亿 → "CNY 719M".
 */
export function formatMoneyYi(valueYi: number, lang: Lang, digits?: number): string {
  if (lang === 'zh') {
    return `${formatNumber(valueYi, lang, digits === undefined ? {} : { digits })}亿元`;
  }
  return `CNY ${formatScaledYi(valueYi, digits)}`;
}

/** Money in 亿 of another currency (表5 market caps): "8,020.33亿美元" / "USD 802.033bn". */
export function formatForeignMoneyYi(
  valueYi: number,
  currency: 'USD' | 'HKD' | 'CNY',
  lang: Lang,
  digits?: number,
): string {
  if (lang === 'zh') {
    const unit = { USD: '亿美元', HKD: '亿港元', CNY: '亿元' }[currency];
    return `${formatNumber(valueYi, lang, digits === undefined ? {} : { digits })}${unit}`;
  }
  return `${currency} ${formatScaledYi(valueYi, digits)}`;
}

function formatScaledYi(valueYi: number, digits?: number): string {
  const printed = Math.max(digits ?? 0, decimalsOf(valueYi));
  // 1亿 = 100M = 0.1bn: moving the decimal point adds (bn) or removes (M) printed digits, never rounds.
  if (Math.abs(valueYi) >= 10) {
    const bn = shiftDecimal(valueYi, -1);
    return `${formatNumber(bn, 'en', { digits: printed + 1 })}bn`;
  }
  const millions = shiftDecimal(valueYi, 2);
  return `${formatNumber(millions, 'en', { digits: Math.max(printed - 2, 0) })}M`;
}

/** value × 10^power without binary floating-point noise (7.19 × 100 = 719, not 718.9999). */
function shiftDecimal(value: number, power: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + power}`);
}

const dateCache = new Map<string, Intl.DateTimeFormat>();
/**
 * An ISO day (2024-10-31) as a local date: "2024年10月31日" / "October 31, 2024" (long),
 * "10月31日" / "Oct 31" (short), "10月31日" / "October 31" (day), its month alone, "10月" /
 * "October" (month), or its month and year, "2024年10月" / "October 2024" (year-month). Labels
 * such as "October change" or "October 2024 report" take the last three from the edition's date.
 */
export function formatDate(
  iso: string,
  lang: Lang,
  style: 'long' | 'short' | 'day' | 'month' | 'year-month' = 'long',
): string {
  const key = `${lang}|${style}`;
  let format = dateCache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(lang), {
      timeZone: 'UTC',
      year: style === 'long' || style === 'year-month' ? 'numeric' : undefined,
      // zh-CN writes a "long" month as 十月: the report writes 10月, Intl's "short" form.
      month: style === 'short' || (style !== 'long' && lang === 'zh') ? 'short' : 'long',
      day: style === 'month' || style === 'year-month' ? undefined : 'numeric',
    });
    dateCache.set(key, format);
  }
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

/** A count with the language's grouping ("20,000"). */
export function formatCount(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

const listFormats = new Map<Lang, Intl.ListFormat>();
/**
 * A list of names as running text: "甲、乙、丙" / "a, b, c". The narrow conjunction style has no
 * "和" / "and" before the last item, which is how the page's lists (legends, chart descriptions)
 * read.
 */
export function formatList(items: readonly string[], lang: Lang): string {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(localeOf(lang), { type: 'conjunction', style: 'narrow' });
    listFormats.set(lang, format);
  }
  return format.format(items);
}
