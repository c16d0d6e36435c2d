import { parseAsStringLiteral } from 'nuqs';

import { QUADRANT_FILTERS, SECTOR_VIEWS } from './quadrants';

/**
 * The Sectors page's view in the URL: `view=grid` (the sub-industries as a table instead of the
 * scatter) and `quadrant=up-down` (one quadrant). Both are left out at their defaults; the deck's
 * sectors slide reads and writes the same `quadrant`.
 */
export const sectorsUrlParsers = {
  view: parseAsStringLiteral(SECTOR_VIEWS).withDefault('chart'),
  quadrant: parseAsStringLiteral(QUADRANT_FILTERS).withDefault('all'),
};
