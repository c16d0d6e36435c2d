import type { BilingualText } from '../../shared/lib/dataset-schema';
import type { Lang } from '../../shared/lib/format';
import { timelineCategories, type TimelineCategory, type TimelineItem } from './timeline-items';

export type TimelineOrder = 'desc' | 'asc';

export interface TimelineFilter {
  /** Empty means every category. */
  categories: readonly TimelineCategory[];
  query: string;
  /** Inclusive ISO days; null is open-ended. */
  from: string | null;
  to: string | null;
}

/** Extra searchable text per item id, e.g. the names of the companies it names (from another dataset). */
export type ExtraText = ReadonlyMap<string, readonly BilingualText[]>;

const MAX_TERMS = 8;

/** The query's terms: split on white space, without duplicates (case-insensitively). */
export function searchTerms(query: string): string[] {
  const seen = new Map<string, string>();
  for (const term of query.trim().split(/\s+/u)) {
    if (term && !seen.has(term.toLowerCase())) seen.set(term.toLowerCase(), term);
  }
  return [...seen.values()].slice(0, MAX_TERMS);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One case-insensitive pattern per term: matching and highlighting use the same rule. */
const termPattern = (term: string): RegExp => new RegExp(escapeRegExp(term), 'iu');

/** All of an item's text in one language (headline, facts, body, figure captions, extra text). */
export function itemText(item: TimelineItem, lang: Lang, extra?: ExtraText): string {
  return [
    item.headline[lang],
    ...item.facts.map((fact) => fact.text[lang]),
    ...item.blocks.map((block) => block.text[lang]),
    ...item.figures.flatMap((figure) => [figure.caption[lang], figure.note?.[lang] ?? '']),
    ...(extra?.get(item.id) ?? []).map((text) => text[lang]),
  ].join('\n');
}

/**
 * True when every term occurs in the item's Chinese or English text, so an English query finds
 * items by their English text while the page is in Chinese, and the other way round.
 */
export function matchesQuery(
  item: TimelineItem,
  terms: readonly string[],
  extra?: ExtraText,
): boolean {
  if (terms.length === 0) return true;
  const zh = itemText(item, 'zh', extra);
  const en = itemText(item, 'en', extra);
  return terms.every((term) => {
    const pattern = termPattern(term);
    return pattern.test(zh) || pattern.test(en);
  });
}

/** Where the query matches in a given language: the always-visible lines, the body only, or nowhere. */
export function matchPlace(
  item: TimelineItem,
  terms: readonly string[],
  lang: Lang,
  visibleLines: readonly string[],
  extra?: ExtraText,
): 'visible' | 'body' | 'none' {
  if (terms.length === 0) return 'visible';
  const patterns = terms.map(termPattern);
  if (patterns.some((p) => visibleLines.some((line) => p.test(line)))) return 'visible';
  const all = itemText(item, lang, extra);
  return patterns.some((p) => p.test(all)) ? 'body' : 'none';
}

/**
 * An undated item cannot be placed in a range, so a range (either end set) leaves it out; without
 * a range every item passes.
 */
export function inDateRange(date: string | null, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (date === null) return false;
  return (from === null || date >= from) && (to === null || date <= to);
}

function passesSearchAndRange(
  item: TimelineItem,
  terms: readonly string[],
  filter: TimelineFilter,
  extra?: ExtraText,
): boolean {
  return inDateRange(item.date, filter.from, filter.to) && matchesQuery(item, terms, extra);
}

export function filterItems(
  items: readonly TimelineItem[],
  filter: TimelineFilter,
  extra?: ExtraText,
): TimelineItem[] {
  const terms = searchTerms(filter.query);
  const categories = new Set(filter.categories);
  return items.filter(
    (item) =>
      (categories.size === 0 || categories.has(item.category)) &&
      passesSearchAndRange(item, terms, filter, extra),
  );
}

/**
 * Items per category under the current search and date range, ignoring the category selection,
 * so each chip says how many items picking it would show.
 */
export function categoryCounts(
  items: readonly TimelineItem[],
  filter: TimelineFilter,
  extra?: ExtraText,
): Record<TimelineCategory, number> {
  const terms = searchTerms(filter.query);
  const counts = Object.fromEntries(timelineCategories.map((c) => [c, 0])) as Record<
    TimelineCategory,
    number
  >;
  for (const item of items) {
    if (passesSearchAndRange(item, terms, filter, extra)) counts[item.category] += 1;
  }
  return counts;
}

export interface HighlightPart {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into plain and matching parts (case-insensitive, longest term first), for
 * rendering matches as <mark> elements built from text — never as HTML.
 */
export function splitHighlights(text: string, terms: readonly string[]): HighlightPart[] {
  if (terms.length === 0 || text === '') return text === '' ? [] : [{ text, match: false }];
  const alternation = [...terms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const pattern = new RegExp(alternation, 'giu');
  const parts: HighlightPart[] = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    const start = found.index;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: found[0], match: true });
    last = start + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/** User-perceived characters, so a cut never splits a surrogate pair or a combining sequence. */
function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return Array.from(segmenter.segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

/** Abbreviations whose full stop does not end an English sentence ("Co., Ltd. announced"). */
const ABBREVIATIONS = new Set([
  'co',
  'ltd',
  'inc',
  'corp',
  'no',
  'vs',
  'mr',
  'ms',
  'dr',
  'st',
  'e.g',
  'i.e',
  'u.s',
  'etc',
]);

/**
 * Index of the punctuation ending the first sentence, or null. In English a full stop counts only
 * before a capital, digit or quote (or the end) and not after a common abbreviation.
 */
function firstSentenceEnd(text: string, lang: Lang): number | null {
  if (lang === 'zh') {
    const found = /[。！？!?]/u.exec(text);
    return found ? found.index : null;
  }
  for (const found of text.matchAll(/[.!?](?=\s+["“‘'(]?[A-Z0-9]|\s*$)/gu)) {
    const word = /([A-Za-z.]+)$/u.exec(text.slice(0, found.index))?.[1]?.toLowerCase() ?? '';
    if (found[0] === '.' && ABBREVIATIONS.has(word)) continue;
    return found.index;
  }
  return null;
}

/** Summary length in characters: about 80 for Chinese; English words are longer, so twice that. */
export const SUMMARY_LENGTH: Record<Lang, number> = { zh: 80, en: 160 };

/**
 * A display summary of a paragraph: its first sentence when that is short enough, else its first
 * `max` characters (cut at a character boundary, in English at the last word boundary) plus "…".
 * Never a figure: it is only a preview of the text shown in full on expand.
 */
export function summarize(text: string, lang: Lang, max = SUMMARY_LENGTH[lang]): string {
  const trimmed = text.trim();
  const end = firstSentenceEnd(trimmed, lang);
  if (end !== null) {
    const sentence = trimmed.slice(0, end + 1);
    if (graphemes(sentence).length <= max) return sentence;
  }
  const chars = graphemes(trimmed);
  if (chars.length <= max) return trimmed;
  let cut = chars.slice(0, max).join('');
  if (lang === 'en') {
    const space = cut.lastIndexOf(' ');
    if (space > max / 2) cut = cut.slice(0, space);
  }
  return `${cut.replace(/[\s,，、;；:：]+$/u, '')}…`;
}

export interface DateGroup {
  /** ISO day, or null for the items the report gives no day for. */
  date: string | null;
  items: TimelineItem[];
}

/**
 * Items grouped by day, newest first (or oldest first). Items without a day form one group at
 * the end (newest first) or the start (oldest first); within a day the report's order is kept.
 */
export function groupByDate(items: readonly TimelineItem[], order: TimelineOrder): DateGroup[] {
  const byDate = new Map<string | null, TimelineItem[]>();
  for (const item of [...items].sort((a, b) => a.order - b.order)) {
    const list = byDate.get(item.date) ?? [];
    list.push(item);
    byDate.set(item.date, list);
  }
  const dated = [...byDate.keys()]
    .filter((date): date is string => date !== null)
    .sort((a, b) => (order === 'desc' ? b.localeCompare(a) : a.localeCompare(b)))
    .map((date) => ({ date, items: byDate.get(date) ?? [] }));
  const undated = byDate.get(null);
  if (!undated) return dated;
  const group = { date: null, items: undated };
  return order === 'desc' ? [...dated, group] : [group, ...dated];
}
