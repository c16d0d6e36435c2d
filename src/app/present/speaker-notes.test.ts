import { describe, expect, it } from 'vitest';

import { deckData } from './deck-test-data';
import {
  emptyNotes,
  NOTE_MAX_LENGTH,
  notesFor,
  parseStoredNotes,
  reportPassages,
  serializeNotes,
  withNote,
  withoutNote,
} from './speaker-notes';

const data = { indices: deckData.indices, sectors: deckData.sectors, report: deckData.report };

describe('stored speaker notes', () => {
  it('reads nothing stored as no notes, without a notice', () => {
    expect(parseStoredNotes(null)).toEqual({ notes: emptyNotes, rejected: false });
  });

  it('round-trips the notes of both languages through storage', () => {
    const notes = withNote(withNote(emptyNotes, 'zh', 'kpis', '开场'), 'en', 'funds', 'Open with');
    const loaded = parseStoredNotes(JSON.stringify(serializeNotes(notes)));
    expect(loaded).toEqual({ notes, rejected: false });
    expect(loaded.notes.notes.zh.kpis).toBe('开场');
    expect(loaded.notes.notes.en.kpis).toBeUndefined();
  });

  it.each([
    ['not JSON', '{notes'],
    ['a wrong version', JSON.stringify({ version: 2, notes: [] })],
    [
      'an unknown slide',
      JSON.stringify({ version: 1, notes: [{ lang: 'en', slide: 'x', text: 'a' }] }),
    ],
    [
      'an unknown language',
      JSON.stringify({ version: 1, notes: [{ lang: 'fr', slide: 'kpis', text: 'a' }] }),
    ],
    [
      'an over-long note',
      JSON.stringify({
        version: 1,
        notes: [{ lang: 'en', slide: 'kpis', text: 'a'.repeat(NOTE_MAX_LENGTH + 1) }],
      }),
    ],
    ['HTML-ish garbage', '<script>alert(1)</script>'],
  ])('falls back to no notes, flagged, on %s', (_what, raw) => {
    expect(parseStoredNotes(raw)).toEqual({ notes: emptyNotes, rejected: true });
  });

  it('resets a slide to the report’s words by dropping the presenter’s note', () => {
    const notes = withNote(emptyNotes, 'en', 'kpis', 'mine');
    expect(withoutNote(notes, 'en', 'kpis').notes.en).toEqual({});
    expect(
      withNote(emptyNotes, 'en', 'kpis', 'a'.repeat(NOTE_MAX_LENGTH + 50)).notes.en.kpis,
    ).toHaveLength(NOTE_MAX_LENGTH);
  });
});

describe("the report's own commentary", () => {
  it('is the dataset text exactly, in the asked language, with its section', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(reportPassages('kpis', data, lang)).toEqual([
        {
          text: deckData.sectors.industry.commentary[lang],
          source: deckData.sectors.industry.source,
        },
      ]);
      expect(reportPassages('returns', data, lang)).toEqual([
        {
          text: deckData.indices.reading[lang],
          source: { kind: 'text', number: null, section: 'front' },
        },
      ]);
    }
  });

  it('quotes each §1.2 passage once on the sub-industry slide, after the summary', () => {
    const passages = reportPassages('sectors', data, 'zh');
    expect(passages[0]?.text).toBe(deckData.sectors.subIndustrySummary.zh);
    const quotes = new Set(
      deckData.sectors.subIndustries.flatMap((r) => r.quotes.map((q) => q.zh)),
    );
    expect(passages.slice(1).map((p) => p.text)).toEqual([...quotes]);
    expect(new Set(passages.map((p) => p.source.section))).toEqual(new Set(['1.2']));
  });

  it('takes the companies and timeline notes from §6 and the cover, word for word', () => {
    const suggestion = deckData.report.suggestions.find((s) => s.section === '6');
    expect(reportPassages('companies', data, 'en').map((p) => p.text)).toEqual([
      suggestion?.text.en,
    ]);
    const industry = deckData.report.highlights.find((h) => h.lead.zh.startsWith('产业层面'));
    expect(reportPassages('timeline', data, 'zh').map((p) => p.text)).toEqual([
      industry?.lead.zh,
      industry?.body.zh,
    ]);
  });

  it('is empty where the report does not comment, and while the datasets load', () => {
    expect(reportPassages('constituents', data, 'en')).toEqual([]);
    expect(reportPassages('funds', data, 'en')).toEqual([]);
    expect(reportPassages('kpis', {}, 'en')).toEqual([]);
  });

  it('gives way to the presenter’s own note, per language', () => {
    const notes = withNote(emptyNotes, 'en', 'returns', 'Start with the AI index');
    expect(notesFor(notes, 'en', 'returns', data)).toMatchObject({
      text: 'Start with the AI index',
      own: true,
    });
    expect(notesFor(notes, 'zh', 'returns', data)).toMatchObject({
      text: deckData.indices.reading.zh,
      own: false,
    });
  });
});
