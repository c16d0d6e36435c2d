import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';

import { useCompaniesView } from '../../features/companies/use-companies-view';
import { useFundsView } from '../../features/funds/use-funds-view';
import { useTimelineView } from '../../features/news/use-timeline-view';
import {
  useColourConvention,
  useLanguage,
  usePalette,
} from '../../shared/stores/preferences-store';
import { useEdition } from '../edition/edition-context';

/**
 * "Download PowerPoint (.pptx)": the deck as it stands (language, colour convention, the pages'
 * views, hidden values, speaker notes), built in the browser. pptxgenjs and the builder load on
 * the click, never with the page.
 */
export function PptxButton({ masked }: { masked: boolean }): ReactElement {
  const { t, i18n } = useTranslation(['present', 'translation']);
  const queryClient = useQueryClient();
  const { edition } = useEdition();
  const lang = useLanguage();
  const convention = useColourConvention();
  const palette = usePalette();
  const { state: funds } = useFundsView();
  const [companies] = useCompaniesView();
  const [timeline] = useTimelineView();
  const [status, setStatus] = useState<'idle' | 'building' | 'failed'>('idle');

  const download = async (): Promise<void> => {
    setStatus('building');
    try {
      const { buildPptx } = await import('./pptx-export');
      const { blob, spec } = await buildPptx({
        queryClient,
        i18n,
        lang,
        convention,
        palette,
        masked,
        views: { funds, companies, timeline },
        edition,
      });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = spec.fileName;
      link.click();
      // The download has taken the file by the next task; the URL can go.
      window.setTimeout(() => URL.revokeObjectURL(url), 0);
      setStatus('idle');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <>
      <button
        type="button"
        className="button"
        disabled={status === 'building'}
        onClick={() => void download()}
      >
        {t('pptx.download')}
      </button>
      {status === 'idle' ? null : (
        <span role="status" className="pptx-status">
          {status === 'building' ? t('pptx.building') : t('pptx.failed')}
        </span>
      )}
    </>
  );
}
