import { useRef, useState, type ChangeEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import {
  cleanName,
  exportText,
  MAX_IMPORT_BYTES,
  mergeImported,
  readImportFile,
  type CollectionSpec,
  type ImportProblem,
} from '../../../shared/lib/persisted-collection';

export interface CollectionTransferProps<T extends { id: string }> {
  spec: CollectionSpec<T>;
  entries: readonly T[];
  onImported: (entries: T[]) => void;
  /** File name of the export, without extension. */
  fileName: string;
  labels: { export: string; import: string; what: string };
}

/**
 * Export every entry to a JSON file and import such a file (from another machine, say). An import
 * is all or nothing: a file that is refused says why, in the current language, and changes
 * nothing. Entries from the file replace those with the same id and are otherwise appended.
 */
export function CollectionTransfer<T extends { id: string }>({
  spec,
  entries,
  onImported,
  fileName,
  labels,
}: CollectionTransferProps<T>): ReactElement {
  const { t } = useTranslation('saved');
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const exportAll = (): void => {
    if (entries.length === 0) {
      setMessage({ text: t('transfer.nothingToExport', { what: labels.what }), error: false });
      return;
    }
    const blob = new Blob([exportText(spec, entries)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileName}.json`;
    link.click();
    // Revoked after the click has handed the blob to the download.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setMessage({
      text: t('transfer.exported', { count: entries.length, what: labels.what }),
      error: false,
    });
  };

  const reason = (problem: ImportProblem, entry?: number): string =>
    t(`transfer.problems.${problem}`, {
      limit: MAX_IMPORT_BYTES / 1024,
      what: labels.what,
      entry: entry ?? '',
      max: spec.maxEntries,
    });

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // Shown in the message: without control or bidi characters, at most 80 characters.
    const name = cleanName(file.name);
    const refuse = (problem: ImportProblem, entry?: number): void =>
      setMessage({
        text: t('transfer.refused', { file: name, reason: reason(problem, entry) }),
        error: true,
      });
    const result = await readImportFile(spec, file);
    if (!result.ok) return refuse(result.problem, result.entry);
    const merged = mergeImported(spec, entries, result.entries);
    if (!merged) return refuse('tooMany');
    onImported(merged);
    setMessage({
      text: t('transfer.imported', { count: result.entries.length, what: labels.what }),
      error: false,
    });
  };

  return (
    <div className="collection-transfer">
      <button type="button" className="button button-small" onClick={exportAll}>
        {labels.export}
      </button>
      <button type="button" className="button button-small" onClick={() => input.current?.click()}>
        {labels.import}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={labels.import}
        onChange={(event) => void onFile(event)}
      />
      {message?.error ? (
        <p className="transfer-error" role="alert">
          {message.text}
        </p>
      ) : null}
      {/* Always present, so what happened is announced (the pages own role="status" for counts). */}
      <p className="transfer-status" aria-live="polite">
        {message && !message.error ? message.text : ''}
      </p>
    </div>
  );
}
