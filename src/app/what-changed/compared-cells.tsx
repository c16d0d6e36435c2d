import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { arrowFor, directionOf } from '../../shared/ui/market-colours';
import type { Compared } from './compare-editions';

/** How a figure is written: its value, and its change (signed) in the same unit. */
export interface FigureFormat {
  value: (value: number) => string;
  change: (change: number, digits: number) => string;
}

/** A change computed by the app: explicit sign, arrow and the rise/fall colour of the preference. */
function Change({ change, text }: { change: number; text: string }): ReactElement {
  const arrow = arrowFor(change);
  return (
    <span className={`num ${directionOf(change)}`}>
      {arrow ? <span aria-hidden="true">{arrow} </span> : null}
      {text}
    </span>
  );
}

/**
 * Previous, current and change cells of one figure. A figure only one edition prints is shown as
 * printed, with "not in the previous edition" (or "not in this edition") in the other cell and no
 * change: the app never compares what was not printed twice.
 */
export function ComparedCells({
  value,
  format,
}: {
  value: Compared;
  format: FigureFormat;
}): ReactElement {
  const { t } = useTranslation('changes');
  const missing = (key: 'notInPrevious' | 'notInCurrent'): ReactElement => (
    <td className="not-printed">{t(key)}</td>
  );
  return (
    <>
      {value.kind === 'both' || value.kind === 'only-previous' ? (
        <td className="num">{format.value(value.previous)}</td>
      ) : (
        missing('notInPrevious')
      )}
      {value.kind === 'both' || value.kind === 'only-current' ? (
        <td className="num">{format.value(value.current)}</td>
      ) : (
        missing('notInCurrent')
      )}
      <td className="num">
        {value.kind === 'both' ? (
          <Change change={value.change} text={format.change(value.change, value.digits)} />
        ) : (
          '—'
        )}
      </td>
    </>
  );
}

/** The header cells matching {@link ComparedCells}. */
export function ComparedHeaders(): ReactElement {
  const { t } = useTranslation('changes');
  return (
    <>
      <th scope="col">{t('previous')}</th>
      <th scope="col">{t('current')}</th>
      <th scope="col">{t('change')}</th>
    </>
  );
}
