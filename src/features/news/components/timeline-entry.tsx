import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatDate } from '../../../shared/lib/format';
import { useLanguage } from '../../../shared/stores/preferences-store';
import { DataNotes, SourceTag, TranslationMark } from '../../../shared/ui/bilingual';
import { matchPlace, summarize, type ExtraText } from '../timeline-filter';
import type { CompanyLinks, TimelineItem } from '../timeline-items';
import { entryElementId } from '../use-timeline-reveal';
import { Highlighted } from './highlighted';

export const entryToggleId = (id: string): string => `tl-${id}-toggle`;

export interface TimelineEntryProps {
  item: TimelineItem;
  expanded: boolean;
  onToggle: (id: string) => void;
  terms: readonly string[];
  companyLinks: CompanyLinks;
  extra: ExtraText;
  /** The item a swim-lane click (or a table link) led to: outlined until another is chosen. */
  isTarget: boolean;
  /** "Undated (October 2024 report)", the month from the edition shown. */
  undatedLabel: string;
}

/**
 * One timeline item: date, category, headline (the disclosure button), summary line, facts,
 * named companies, source and data notes; the full body on expand. All report text is text.
 */
export function TimelineEntry({
  item,
  expanded,
  onToggle,
  terms,
  companyLinks,
  extra,
  isTarget,
  undatedLabel,
}: TimelineEntryProps): ReactElement {
  const { t } = useTranslation(['timeline', 'translation']);
  const lang = useLanguage();
  const bodyId = `tl-${item.id}-body`;
  const headingId = `tl-${item.id}-heading`;
  const summary = summarize(item.lead[lang], lang);
  const facts = item.facts.map((fact) => ({ ...fact, value: fact.text[lang] }));
  const companies = item.companies.flatMap((code) => {
    const link = companyLinks.get(code);
    return link ? [{ code, ...link }] : [];
  });
  const place = matchPlace(
    item,
    terms,
    lang,
    [item.headline[lang], summary, ...facts.map((f) => f.value)],
    extra,
  );

  return (
    <article
      id={entryElementId(item.id)}
      className={`tl-entry cat-${item.category}${isTarget ? ' is-target' : ''}`}
      aria-labelledby={headingId}
      data-target={isTarget ? 'true' : undefined}
      tabIndex={-1}
    >
      <div className="tl-meta">
        <span className={`tl-cat cat-${item.category}`}>{t(`categories.${item.category}`)}</span>
        {item.date !== null ? (
          <time dateTime={item.date}>{formatDate(item.date, lang)}</time>
        ) : (
          <span>{undatedLabel}</span>
        )}
        <SourceTag source={item.source} />
        {isTarget ? <span className="tl-target-badge">{t('list.target')}</span> : null}
      </div>
      <h4 id={headingId} className="tl-headline">
        <button
          type="button"
          id={entryToggleId(item.id)}
          className="tl-toggle"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={() => onToggle(item.id)}
        >
          <span className="tl-chevron" aria-hidden="true">
            {expanded ? '▾' : '▸'}
          </span>
          <span>
            <Highlighted text={item.headline[lang]} terms={terms} />
          </span>
        </button>
        <TranslationMark />
      </h4>
      {!expanded ? (
        <p className="tl-summary">
          <Highlighted text={summary} terms={terms} />
        </p>
      ) : null}
      {facts.length > 0 ? (
        <dl className="tl-facts">
          {facts.map((fact) => (
            <div key={fact.key}>
              <dt>{t(`facts.${fact.key}`)}</dt>
              <dd>
                <Highlighted text={fact.value} terms={terms} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {companies.length > 0 ? (
        <p className="tl-companies">
          <span className="tl-label">{t('list.companies')}</span>
          {companies.map((company) => (
            <Link
              key={company.code}
              to={company.href}
              className="tl-company"
              aria-label={t('list.openCompany', { name: company.name[lang] })}
            >
              <Highlighted text={company.name[lang]} terms={terms} /> ({company.code})
            </Link>
          ))}
        </p>
      ) : null}
      {place === 'body' && !expanded ? (
        <p className="tl-match-hint">{t('list.matchInBody')}</p>
      ) : null}
      {place === 'none' ? <p className="tl-match-hint">{t('list.matchOtherLanguage')}</p> : null}
      <div id={bodyId} className="tl-body" hidden={!expanded}>
        {expanded ? (
          <>
            <Blocks item={item} terms={terms} />
            {item.figures.length > 0 ? (
              <div className="tl-figures">
                <p className="tl-label">{t('list.figures')}</p>
                <ul>
                  {item.figures.map((figure) => (
                    <li key={figure.number}>
                      {t('list.figure', {
                        number: figure.number,
                        caption: figure.caption[lang],
                      })}{' '}
                      <span className="source-tag">{figure.sourceLine[lang]}</span>
                      {figure.note ? <p className="tl-figure-note">{figure.note[lang]}</p> : null}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </>
        ) : null}
      </div>
      <DataNotes notes={item.notes} compact />
    </article>
  );
}

/** Paragraphs as <p>, consecutive bullets as one <ul>. */
function Blocks({ item, terms }: { item: TimelineItem; terms: readonly string[] }): ReactElement {
  const lang = useLanguage();
  const groups: { type: 'paragraph' | 'bullet'; texts: string[] }[] = [];
  for (const block of item.blocks) {
    const last = groups[groups.length - 1];
    if (block.type === 'bullet' && last?.type === 'bullet') last.texts.push(block.text[lang]);
    else groups.push({ type: block.type, texts: [block.text[lang]] });
  }
  return (
    <>
      {groups.map((group, index) =>
        group.type === 'bullet' ? (
          <ul key={index} className="tl-bullets">
            {group.texts.map((text, i) => (
              <li key={i}>
                <Highlighted text={text} terms={terms} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={index}>
            <Highlighted text={group.texts[0] ?? ''} terms={terms} />
          </p>
        ),
      )}
    </>
  );
}
