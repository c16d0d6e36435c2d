import { useLayoutEffect, type ReactElement } from 'react';
import { createPortal } from 'react-dom';

import { useLanguage } from '../../shared/stores/preferences-store';
import { provenanceText } from '../../shared/i18n/provenance-line';
import type { Edition } from './resolve-edition';

/**
 * The data-date / source line of the edition shown. index.html carries a static copy for the
 * first paint (the default edition, both languages); this takes its place in the same bar, so a
 * `?edition=` or a newer edition on the data host changes the line without moving anything.
 */
export function ProvenanceLine({ edition }: { edition: Edition }): ReactElement {
  const lang = useLanguage();
  const bar = document.getElementById('report-line');
  useLayoutEffect(() => {
    bar?.querySelector(':scope > p[data-boot]')?.remove();
  }, [bar]);
  const text = provenanceText(edition, lang);
  const line = (
    <p>
      <span className="data-date">{text.dataDate}</span>{' '}
      <span className="report-source">{text.source}</span>
      {text.translation ? (
        <>
          {' '}
          <span className="translation-note">{text.translation}</span>
        </>
      ) : null}
    </p>
  );
  // Without the static bar (tests, a page built without it) the line brings its own.
  return bar ? (
    createPortal(line, bar)
  ) : (
    <aside className="provenance-bar" id="report-line">
      {line}
    </aside>
  );
}
