import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { useEditionWords } from '../edition/edition-context';

/** A slide's title: the month words ("October index returns") come from the edition shown. */
export function useSlideTitle(): (id: string) => string {
  const { t } = useTranslation(['present', 'translation']);
  const { month, day } = useEditionWords();
  return useCallback(
    (id: string) => t(`slides.${id}` as 'slides.kpis', { month, day }),
    [t, month, day],
  );
}
