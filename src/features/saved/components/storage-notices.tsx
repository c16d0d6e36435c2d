import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionSpec, CollectionStore } from '../../../shared/lib/persisted-collection';
import { useStorageRefused } from '../../../shared/ui/use-storage-refused';

/**
 * What the page must say about its stored list: entries that could not be read and were dropped
 * when it loaded, and a browser that refuses to store changes.
 */
export function StorageNotices<T extends { id: string }>({
  store,
  spec,
  dropped: droppedKey,
}: {
  store: CollectionStore<T>;
  spec: CollectionSpec<T>;
  dropped: 'screens.dropped' | 'watchlist.dropped';
}): ReactElement | null {
  const { t } = useTranslation('saved');
  const dropped = store((s) => s.dropped);
  const { droppedNoticeDismissed } = store((s) => s.actions);
  const refused = useStorageRefused(spec.key);
  if (dropped === 0 && !refused) return null;
  return (
    <div className="storage-notices">
      {dropped > 0 ? (
        <p className="storage-notice" role="alert">
          {t(droppedKey, { count: dropped })}{' '}
          <button type="button" className="link-button" onClick={droppedNoticeDismissed}>
            {t('common.dismiss')}
          </button>
        </p>
      ) : null}
      {refused ? (
        <p className="storage-notice" role="alert">
          {t('common.notSaved')}
        </p>
      ) : null}
    </div>
  );
}
