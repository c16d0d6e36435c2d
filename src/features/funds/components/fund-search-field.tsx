import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** Text search waits for a pause in typing: re-filtering 20,000 funds per keystroke is wasted work. */
const SEARCH_DEBOUNCE_MS = 200;

/** Quick search: debounced, and never mid-composition (pinyin input sends Latin letters first). */
export function SearchField({
  value,
  onCommit,
}: {
  value: string;
  onCommit: (query: string) => void;
}): ReactElement {
  const { t } = useTranslation(['funds', 'translation']);
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const composing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  if (seen !== value) {
    setSeen(value);
    if (text.trim() !== value) setText(value);
  }
  useEffect(() => () => clearTimeout(timer.current), []);
  const schedule = (next: string): void => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (next.trim() !== value) onCommit(next.trim());
    }, SEARCH_DEBOUNCE_MS);
  };
  return (
    <label className="search-field">
      <span>{t('filters.search')}</span>
      <input
        type="search"
        value={text}
        maxLength={100}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(event) => {
          setText(event.target.value);
          if (!composing.current) schedule(event.target.value);
        }}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          schedule(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !composing.current) {
            clearTimeout(timer.current);
            onCommit(event.currentTarget.value.trim());
          }
        }}
      />
    </label>
  );
}
