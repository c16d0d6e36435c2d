import * as z from 'zod/mini';

import type { IndicesDataset } from '../../features/indices/indices-schema';
import type { ReportDataset } from '../../features/report/report-schema';
import type { SectorsDataset } from '../../features/sectors/sectors-schema';
import type { Provenance } from '../../shared/lib/dataset-schema';
import { readStored, writeStored } from '../../shared/lib/safe-storage';
import type { Language } from '../../shared/stores/preferences-store';
import { slidePages, type SlideId } from './slide-pages';

/** The presenter's own notes, per language and slide: kept in this browser, never in the URL. */
export const SPEAKER_NOTES_KEY = 'ai-dashboard.speaker-notes';

/** Longer than any note a person writes for one slide; bounds what storage may hand back. */
export const NOTE_MAX_LENGTH = 20_000;

const slideIds = slidePages.map((slide) => slide.id) as [SlideId, ...SlideId[]];
// Stored as a list of entries: plain objects and arrays keep zod's record code off every page.
const storedNotesSchema = z.object({
  version: z.literal(1),
  notes: z.array(
    z.object({
      lang: z.enum(['zh', 'en']),
      slide: z.enum(slideIds),
      text: z.string().check(z.maxLength(NOTE_MAX_LENGTH)),
    }),
  ),
});

export interface StoredNotes {
  version: 1;
  notes: Record<Language, Partial<Record<SlideId, string>>>;
}

export const emptyNotes: StoredNotes = { version: 1, notes: { zh: {}, en: {} } };

export interface LoadedNotes {
  notes: StoredNotes;
  /** True when something was stored but could not be read (it is ignored, not trusted). */
  rejected: boolean;
}

/** Reads stored notes. Anything stored is untrusted: garbage falls back to no notes, flagged. */
export function parseStoredNotes(raw: string | null): LoadedNotes {
  if (raw === null) return { notes: emptyNotes, rejected: false };
  try {
    const parsed = storedNotesSchema.safeParse(JSON.parse(raw));
    if (parsed.success) {
      const notes: StoredNotes = { version: 1, notes: { zh: {}, en: {} } };
      for (const entry of parsed.data.notes) notes.notes[entry.lang][entry.slide] = entry.text;
      return { notes, rejected: false };
    }
  } catch {
    /* not JSON: rejected below */
  }
  return { notes: emptyNotes, rejected: true };
}

export function loadNotes(): LoadedNotes {
  return parseStoredNotes(readStored(SPEAKER_NOTES_KEY));
}

/** The stored form: `{ version: 1, notes: [{ lang, slide, text }] }`. */
export function serializeNotes(notes: StoredNotes): z.infer<typeof storedNotesSchema> {
  return {
    version: 1,
    notes: (['zh', 'en'] as const).flatMap((lang) =>
      slidePages.flatMap(({ id }) => {
        const text = notes.notes[lang][id];
        return text === undefined ? [] : [{ lang, slide: id, text }];
      }),
    ),
  };
}

/** Saves; false when the browser refuses (private mode, quota): the notes then last this session. */
export function saveNotes(notes: StoredNotes): boolean {
  return writeStored(SPEAKER_NOTES_KEY, JSON.stringify(serializeNotes(notes)));
}

/** The presenter's own note for a slide, or null when they have written none. */
export function ownNote(notes: StoredNotes, lang: Language, slide: SlideId): string | null {
  return notes.notes[lang][slide] ?? null;
}

export function withNote(
  notes: StoredNotes,
  lang: Language,
  slide: SlideId,
  text: string,
): StoredNotes {
  return {
    ...notes,
    notes: {
      ...notes.notes,
      [lang]: { ...notes.notes[lang], [slide]: text.slice(0, NOTE_MAX_LENGTH) },
    },
  };
}

/** Back to the report's commentary: the presenter's note for the slide is dropped. */
export function withoutNote(notes: StoredNotes, lang: Language, slide: SlideId): StoredNotes {
  const { [slide]: _dropped, ...rest } = notes.notes[lang];
  return { ...notes, notes: { ...notes.notes, [lang]: rest } };
}

/** A passage of the report, exactly as the dataset holds it, with where it is printed. */
export interface ReportPassage {
  text: string;
  source: Provenance;
}

export interface NotesDatasets {
  indices?: IndicesDataset;
  sectors?: SectorsDataset;
  report?: ReportDataset;
}

const cover: Provenance = { kind: 'text', number: null, section: 'front' };

/**
 * The report's own commentary on what a slide shows, in `lang`, word for word from the datasets
 * (nothing is written here). Slides the report does not comment on (the constituents and fund
 * tables, the heat map) have none. Datasets not loaded yet give nothing.
 */
export function reportPassages(
  slide: SlideId,
  data: NotesDatasets,
  lang: Language,
): ReportPassage[] {
  switch (slide) {
    case 'kpis': {
      // The key figures are the industry's 24Q3 totals (§1.1) and the cover's market reading.
      const industry = data.sectors?.industry;
      return industry ? [{ text: industry.commentary[lang], source: industry.source }] : [];
    }
    case 'returns':
      // The index returns: the cover page's reading of October.
      return data.indices ? [{ text: data.indices.reading[lang], source: cover }] : [];
    case 'sectors': {
      const sectors = data.sectors;
      if (!sectors) return [];
      const section = sectors.subIndustries[0]?.source ?? {
        kind: 'text' as const,
        number: null,
        section: '1.2',
      };
      // Every sub-industry repeats the §1.2 paragraph it is named in: each passage once.
      const quotes = [
        ...new Set(sectors.subIndustries.flatMap((row) => row.quotes.map((q) => q[lang]))),
      ];
      return [sectors.subIndustrySummary[lang], ...quotes].map((text) => ({
        text,
        source: section,
      }));
    }
    case 'companies': {
      // The companies slide: §6's investment suggestion, which names the companies to watch.
      const suggestion = data.report?.suggestions.find((s) => s.section === '6');
      return suggestion
        ? [{ text: suggestion.text[lang], source: { kind: 'text', number: null, section: '6' } }]
        : [];
    }
    case 'timeline': {
      // AI news: the cover's industry paragraph (AI Agents).
      const industry = data.report?.highlights.find((h) => h.lead.zh.startsWith('产业层面'));
      return industry
        ? [
            { text: industry.lead[lang], source: cover },
            { text: industry.body[lang], source: cover },
          ]
        : [];
    }
    case 'constituents':
    case 'funds':
    case 'heat-map':
      return [];
  }
}

/** The report's passages as one note: paragraphs separated by a blank line. */
export function passagesText(passages: readonly ReportPassage[]): string {
  return passages.map((passage) => passage.text).join('\n\n');
}

/** What the notes of a slide say: the presenter's own note, else the report's commentary. */
export function notesFor(
  notes: StoredNotes,
  lang: Language,
  slide: SlideId,
  data: NotesDatasets,
): { text: string; own: boolean; passages: ReportPassage[] } {
  const passages = reportPassages(slide, data, lang);
  const own = ownNote(notes, lang, slide);
  return own === null
    ? { text: passagesText(passages), own: false, passages }
    : { text: own, own: true, passages };
}
