import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { isDatasetError } from '../lib/api-client';
import { formatNumber } from '../lib/format';
import { useLanguage } from '../stores/preferences-store';

const MIB = 1024 * 1024;

export interface ErrorPanelProps {
  /** Localised name of what failed, e.g. "Funds". */
  what: string;
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}

/** A failed dataset, in its own panel: what failed, why (localised), and a retry button. */
export function ErrorPanel({
  what,
  error,
  onRetry,
  retrying = false,
}: ErrorPanelProps): ReactElement {
  const { t } = useTranslation();
  const lang = useLanguage();
  let reason: string;
  if (isDatasetError(error)) {
    switch (error.kind) {
      case 'http':
        reason = t('errors.http', { status: error.status ?? 0 });
        break;
      case 'timeout':
        reason = t('errors.timeout');
        break;
      case 'network':
        reason = t('errors.network');
        break;
      case 'parse':
        reason = t('errors.parse', { detail: error.detail });
        break;
      case 'schema':
        reason = t('errors.schema', { detail: error.detail });
        break;
      case 'empty':
        reason = t('errors.empty');
        break;
      case 'too-large':
        // A size in MB to one decimal (a size, not a report figure).
        reason = t('errors.tooLarge', {
          limit: formatNumber(Math.round(((error.size?.limit ?? 0) / MIB) * 10) / 10, lang),
        });
        break;
    }
  } else {
    reason = t('errors.unknown');
  }
  return (
    <div className="error-panel" role="alert">
      <p className="error-title">{t('errors.title', { dataset: what })}</p>
      <p className="error-reason">{reason}</p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t('errors.retrying') : t('errors.retry')}
      </button>
    </div>
  );
}
