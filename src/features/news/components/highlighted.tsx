import type { ReactElement } from 'react';

import { splitHighlights } from '../timeline-filter';

/** Text with the search terms wrapped in <mark>; every part is a React text node, never HTML. */
export function Highlighted({
  text,
  terms,
}: {
  text: string;
  terms: readonly string[];
}): ReactElement {
  return (
    <>
      {splitHighlights(text, terms).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
