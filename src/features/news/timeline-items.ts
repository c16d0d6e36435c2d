import type { BilingualText, DataNote, Provenance } from '../../shared/lib/dataset-schema';
import type { FrontierDataset, NewsDataset } from './news-schema';

/**
 * The timeline's lanes, in the report's order: 表6–表10 news, 表11 policies, 表12 financing,
 * section 四(一) frontier technology and section 五(一) frontier products.
 */
export const timelineCategories = [
  'data-elements',
  'data-exchanges',
  'domestic-models',
  'overseas-models',
  'compute-chips',
  'policy',
  'financing',
  'frontier-technology',
  'products',
] as const;
export type TimelineCategory = (typeof timelineCategories)[number];

export interface TimelineBlock {
  type: 'paragraph' | 'bullet';
  text: BilingualText;
}

/** A labelled cell shown with the item (the 模型 column, the issuing body, a deal's terms). */
export interface TimelineFact {
  key: 'model' | 'department' | 'track' | 'round' | 'amount' | 'investors';
  text: BilingualText;
}

export interface TimelineFigure {
  number: number;
  caption: BilingualText;
  sourceLine: BilingualText;
  note: BilingualText | null;
}

export interface TimelineItem {
  id: string;
  category: TimelineCategory;
  /** ISO day, or null where the report gives none (most frontier items say 最近, "recently"). */
  date: string | null;
  headline: BilingualText;
  /** The text the summary line is cut from: the first paragraph, or a deal's company profile. */
  lead: BilingualText;
  facts: TimelineFact[];
  /** The full body, shown on expand. */
  blocks: TimelineBlock[];
  figures: TimelineFigure[];
  /** Codes of companies in the companies dataset that the item names. */
  companies: string[];
  source: Provenance;
  notes: DataNote[];
  /** Position in the report (tables 6–12, then sections 四 and 五): the order within a day. */
  order: number;
}

/** Printed strings that are not translated (model names) are the same in both languages. */
const same = (text: string): BilingualText => ({ zh: text, en: text });

const paragraphs = (list: readonly BilingualText[]): TimelineBlock[] =>
  list.map((text) => ({ type: 'paragraph', text }));

/** The first paragraph, else the first block of any kind, else the headline itself. */
function leadOf(blocks: readonly TimelineBlock[], headline: BilingualText): BilingualText {
  return (blocks.find((block) => block.type === 'paragraph') ?? blocks[0])?.text ?? headline;
}

/**
 * Every item of 表6–表12 and of sections 四(一)/五(一) as one list, in report order. Nothing is
 * dropped, merged or re-dated: an item without a day keeps `date: null`.
 */
export function buildTimelineItems(
  news: Pick<NewsDataset, 'items' | 'policies' | 'financing'>,
  frontier: Pick<FrontierDataset, 'items'> | null,
): TimelineItem[] {
  const items: Omit<TimelineItem, 'order'>[] = [];

  for (const item of news.items) {
    const blocks = paragraphs(item.paragraphs);
    items.push({
      id: item.id,
      category: item.category,
      date: item.date,
      headline: item.headline,
      lead: leadOf(blocks, item.headline),
      facts: item.model === null ? [] : [{ key: 'model', text: same(item.model) }],
      blocks,
      figures: [],
      companies: item.companies,
      source: item.source,
      notes: item.notes,
    });
  }

  for (const policy of news.policies) {
    const blocks = paragraphs(policy.paragraphs);
    items.push({
      id: policy.id,
      category: 'policy',
      date: policy.date,
      headline: policy.document,
      lead: leadOf(blocks, policy.document),
      facts: [{ key: 'department', text: policy.department }],
      blocks,
      figures: [],
      companies: [],
      source: policy.source,
      notes: policy.notes,
    });
  }

  for (const deal of news.financing) {
    items.push({
      id: deal.id,
      category: 'financing',
      date: deal.date,
      headline: deal.company,
      lead: deal.profile,
      facts: [
        { key: 'track', text: deal.track },
        { key: 'round', text: deal.round },
        { key: 'amount', text: deal.amount },
        { key: 'investors', text: deal.investors },
      ],
      blocks: [{ type: 'paragraph', text: deal.profile }],
      figures: [],
      companies: deal.companies,
      source: deal.source,
      notes: deal.notes,
    });
  }

  for (const item of frontier?.items ?? []) {
    items.push({
      id: item.id,
      category: item.kind === 'technology' ? 'frontier-technology' : 'products',
      date: item.date,
      headline: item.title,
      lead: leadOf(item.blocks, item.title),
      facts: [],
      blocks: item.blocks,
      figures: item.figures,
      companies: item.companies,
      source: item.source,
      notes: item.notes,
    });
  }

  return items.map((item, order) => ({ ...item, order }));
}

/**
 * A company of the companies dataset, with the link to it on the Companies page. The app layer
 * builds these (features do not read each other's datasets) and passes them in.
 */
export interface CompanyLink {
  name: BilingualText;
  href: string;
}
export type CompanyLinks = ReadonlyMap<string, CompanyLink>;
