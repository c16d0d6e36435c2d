import { useId, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDate } from '../../../shared/lib/format';
import { useLanguage } from '../../../shared/stores/preferences-store';
import {
  MAX_SCREENS,
  screensSpec,
  storedQuery,
  useScreensStore,
  withScreenSaved,
  type SavedScreen,
  type ScreenPage,
} from '../screens-store';
import { CollectionTransfer } from './collection-transfer';
import { NameForm } from './name-form';
import { StorageNotices } from './storage-notices';

export interface SavedScreensProps {
  page: ScreenPage;
  /** The page's current query string (its parameters as the address carries them). */
  query: string;
  /** Writes a saved query string to the address. */
  onApply: (query: string) => void;
}

/**
 * "Save screen": names the current view of the page; the list applies, renames and deletes the
 * page's saved screens, and exports or imports all of them as a JSON file.
 */
export function SavedScreens({ page, query, onApply }: SavedScreensProps): ReactElement {
  const { t } = useTranslation('saved');
  const id = useId();
  const all = useScreensStore((s) => s.entries);
  const { entriesChanged } = useScreensStore((s) => s.actions);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const screens = all.filter((screen) => screen.page === page);
  const current = storedQuery(query);

  const save = (name: string): string | null => {
    const next = withScreenSaved(all, page, name, query);
    if (!next) return t('screens.full', { max: MAX_SCREENS });
    entriesChanged(next);
    setStatus(t('screens.saved', { name }));
    return null;
  };
  const rename = (screen: SavedScreen, name: string): null => {
    entriesChanged(all.map((s) => (s.id === screen.id ? { ...s, name } : s)));
    setEditing(null);
    setStatus(t('common.renamed', { name }));
    return null;
  };
  const remove = (screen: SavedScreen): void => {
    entriesChanged(all.filter((s) => s.id !== screen.id));
    setStatus(t('screens.deleted', { name: screen.name }));
  };
  const apply = (screen: SavedScreen): void => {
    onApply(screen.query);
    setStatus(t('screens.applied', { name: screen.name }));
  };

  return (
    <section className="panel saved-screens" aria-labelledby={`${id}-title`}>
      <div className="panel-header">
        <h2 id={`${id}-title`}>{t('screens.title')}</h2>
      </div>
      <StorageNotices store={useScreensStore} spec={screensSpec} dropped="screens.dropped" />
      <NameForm
        label={t('screens.name')}
        submit={t('screens.save')}
        requiredMessage={t('screens.nameRequired')}
        onSubmit={save}
      />
      <details className="saved-details">
        <summary>{t('screens.count', { count: screens.length })}</summary>
        {screens.length === 0 ? (
          <p className="saved-empty">{t('screens.empty')}</p>
        ) : (
          <ul className="saved-list" aria-label={t('screens.list')}>
            {screens.map((screen) => (
              <ScreenItem
                key={screen.id}
                screen={screen}
                isCurrent={screen.query === current}
                editing={editing === screen.id}
                onApply={() => apply(screen)}
                onEdit={() => setEditing(screen.id)}
                onCancel={() => setEditing(null)}
                onRename={(name) => rename(screen, name)}
                onDelete={() => remove(screen)}
              />
            ))}
          </ul>
        )}
        <div className="saved-footer">
          <p className="saved-hint">{t('screens.local')}</p>
          <CollectionTransfer
            spec={screensSpec}
            entries={all}
            onImported={entriesChanged}
            fileName="ai-dashboard-screens"
            labels={{
              export: t('screens.exportLabel'),
              import: t('screens.importLabel'),
              what: t('screens.what'),
            }}
          />
        </div>
      </details>
      <p className="saved-status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

function ScreenItem({
  screen,
  isCurrent,
  editing,
  onApply,
  onEdit,
  onCancel,
  onRename,
  onDelete,
}: {
  screen: SavedScreen;
  isCurrent: boolean;
  editing: boolean;
  onApply: () => void;
  onEdit: () => void;
  onCancel: () => void;
  onRename: (name: string) => null;
  onDelete: () => void;
}): ReactElement {
  const { t } = useTranslation('saved');
  const lang = useLanguage();
  const name = screen.name;
  if (editing) {
    return (
      <li className="saved-item">
        <NameForm
          label={t('common.newName')}
          submit={t('common.saveName')}
          initial={name}
          requiredMessage={t('screens.nameRequired')}
          onSubmit={onRename}
          onCancel={{ label: t('common.cancel'), run: onCancel }}
        />
      </li>
    );
  }
  return (
    <li className="saved-item">
      <span className="saved-name">
        <bdi>{name}</bdi>
        {isCurrent ? <span className="saved-current"> · {t('screens.current')}</span> : null}
      </span>
      <span className="saved-date">
        {t('screens.savedAt', { date: formatDate(screen.savedAt.slice(0, 10), lang) })}
      </span>
      <span className="saved-actions">
        <ItemButton label={t('screens.applyLabel', { name })} onClick={onApply}>
          {t('screens.apply')}
        </ItemButton>
        <ItemButton label={t('screens.renameLabel', { name })} onClick={onEdit}>
          {t('common.rename')}
        </ItemButton>
        <ItemButton label={t('screens.deleteLabel', { name })} onClick={onDelete}>
          {t('common.delete')}
        </ItemButton>
      </span>
    </li>
  );
}

/** One of a saved screen's actions: a small button named after the screen it acts on. */
function ItemButton({
  label,
  onClick,
  children,
}: {
  label: string;
  onClick: () => void;
  children: ReactNode;
}): ReactElement {
  return (
    <button type="button" className="button button-small" aria-label={label} onClick={onClick}>
      {children}
    </button>
  );
}
