import type { i18n as I18n } from 'i18next';
import type { QueryClient } from '@tanstack/react-query';

import { companiesQueryOptions } from '../../features/companies/api';
import { fundsQueryOptions } from '../../features/funds/api';
import { indicesQueryOptions } from '../../features/indices/api';
import { frontierQueryOptions, newsQueryOptions } from '../../features/news/api';
import { reportQueryOptions } from '../../features/report/api';
import { sectorsQueryOptions } from '../../features/sectors/api';
import { formatDate } from '../../shared/lib/format';
import type { Language, ColourConvention, Palette } from '../../shared/stores/preferences-store';
import { provenanceLabel } from '../../shared/ui/bilingual';
import { chartTheme } from '../../shared/ui/chart-theme';
import { marketColours } from '../../shared/ui/market-colours';
import { provenanceText } from '../../shared/i18n/provenance-line';
import type { Edition } from '../edition/resolve-edition';
import { buildDeckSpec, type DeckSpec, type DeckViews, type Translate } from './pptx-deck-spec';
import { writeDeck } from './pptx-writer';
import { slidePages, type SlideId } from './slide-pages';
import { loadNotes, notesFor, type NotesDatasets } from './speaker-notes';

export interface PptxRequest {
  queryClient: QueryClient;
  i18n: I18n;
  lang: Language;
  convention: ColourConvention;
  palette: Palette;
  masked: boolean;
  views: DeckViews;
  /** The edition shown: its datasets, dates, month words and publisher. */
  edition: Edition;
}

/** Speaker notes as the presenter view shows them, each marked with whose words they are. */
function speakerNotes(
  lang: Language,
  data: NotesDatasets,
  t: Translate,
): Partial<Record<SlideId, string>> {
  const stored = loadNotes().notes;
  const where = (source: Parameters<typeof provenanceLabel>[0]): string =>
    provenanceLabel(source, t as Parameters<typeof provenanceLabel>[1]);
  return Object.fromEntries(
    slidePages.map(({ id }) => {
      const note = notesFor(stored, lang, id, data);
      if (!note.text) return [id, ''];
      const head = note.own
        ? t('present:pptx.ownNotes')
        : t('present:pptx.reportWords', {
            where: [...new Set(note.passages.map((p) => where(p.source)))].join('; '),
          });
      return [id, `${head}\n${note.text}`];
    }),
  );
}

/** Gathers the datasets (from the cache, or fetched), builds the deck spec and writes the file. */
export async function buildPptx(request: PptxRequest): Promise<{ blob: Blob; spec: DeckSpec }> {
  const { queryClient, i18n, lang } = request;
  await i18n.loadNamespaces(['present', 'funds', 'companies', 'sectors', 'timeline']);
  const { edition } = request;
  const fixed = i18n.getFixedT(lang) as unknown as Translate;
  // Slide titles and the disclaimer take the edition's month words and publisher, as on screen.
  const words = {
    month: formatDate(edition.dataAsOf, lang, 'month'),
    day: formatDate(edition.dataAsOf, lang, 'short'),
    publisher: edition.publisher[lang],
  };
  const t: Translate = (key, options) => fixed(key, { ...words, ...options });
  const [indices, sectors, funds, companies, news, frontier, report] = await Promise.all([
    queryClient.ensureQueryData(indicesQueryOptions(edition.id)),
    queryClient.ensureQueryData(sectorsQueryOptions(edition.id)),
    queryClient.ensureQueryData(fundsQueryOptions(edition.id)),
    queryClient.ensureQueryData(companiesQueryOptions(edition.id)),
    queryClient.ensureQueryData(newsQueryOptions(edition.id)),
    // The timeline works without the frontier dataset; so does the deck.
    queryClient.ensureQueryData(frontierQueryOptions(edition.id)).catch(() => null),
    queryClient.ensureQueryData(reportQueryOptions(edition.id)),
  ]);
  const text = provenanceText(edition, lang);
  const spec = buildDeckSpec(
    {
      lang,
      masked: request.masked,
      colours: marketColours(request.convention, 'light', request.palette),
      seriesColours: chartTheme('light').series,
      t,
      data: { indices, sectors, funds, companies, news, frontier, report },
      views: request.views,
      notes: speakerNotes(lang, { indices, sectors, report }, t),
      footer: {
        dataDate: text.dataDate,
        source: text.source,
        disclaimer: t('present:disclaimer'),
      },
      dataAsOf: edition.dataAsOf,
    },
    slidePages.map((slide) => slide.id),
  );
  return { blob: await writeDeck(spec), spec };
}
