import type { ReactElement } from 'react';

import { formatPercent } from '../lib/format';
import { useLanguage } from '../stores/preferences-store';
import { MaskedValue, useMasked } from './mask-context';
import { arrowFor, directionOf } from './market-colours';

/**
 * A signed percentage: explicit sign, an arrow and the rise/fall colour, so direction never
 * relies on colour alone. Null renders as an em dash with an accessible "no data".
 */
export function SignedPercent({
  value,
  digits,
}: {
  value: number | null;
  digits?: number;
}): ReactElement {
  const lang = useLanguage();
  const masked = useMasked();
  if (masked && value !== null) {
    // Direction (arrow and colour) stays; the number is hidden.
    const direction = directionOf(value);
    return (
      <span className={`num ${direction}`}>
        <span aria-hidden="true">{arrowFor(value)} </span>
        <MaskedValue label={lang === 'zh' ? '数值已隐藏' : 'value hidden'} />
      </span>
    );
  }
  if (value === null) {
    return (
      <span className="num flat" aria-label={lang === 'zh' ? '无数据' : 'no data'}>
        —
      </span>
    );
  }
  const direction = directionOf(value);
  const arrow = arrowFor(value);
  return (
    <span className={`num ${direction}`}>
      {arrow ? <span aria-hidden="true">{arrow} </span> : null}
      {formatPercent(value, lang, digits)}
    </span>
  );
}
