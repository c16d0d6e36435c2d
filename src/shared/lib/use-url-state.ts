import { useCallback } from 'react';
import {
  createLoader,
  createSerializer,
  useQueryStates,
  type Nullable,
  type ParserMap,
  type SingleParser,
  type UseQueryStatesKeysMap,
  type Values,
} from 'nuqs';

/** Some of a page's parameters; null removes one from the address. */
export type UrlPatch<P extends UseQueryStatesKeysMap> = Partial<Nullable<Values<P>>>;
export type UrlUpdate<P extends UseQueryStatesKeysMap> = (
  change: (current: Values<P>) => UrlPatch<P>,
) => void;

/**
 * Each value as a reload of the address would read it back (trimmed, capped, canonical): nuqs
 * shows a new value before the address changes, and that value must be the one the address
 * will hold, as when the view was read from the address alone.
 */
export function normaliseUrlPatch<P extends UseQueryStatesKeysMap>(
  parsers: P,
  patch: UrlPatch<P>,
): UrlPatch<P> {
  const normalised: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    // Pages use single-value parsers only (one `key=value` each).
    const parser = parsers[key] as Partial<SingleParser<unknown>> | undefined;
    if (value === null || value === undefined || !parser?.parse || !parser.serialize) {
      normalised[key] = value;
      continue;
    }
    try {
      normalised[key] = parser.parse(parser.serialize(value)) ?? null;
    } catch {
      // A value its own parser cannot read back is not worth an address.
      normalised[key] = null;
    }
  }
  return normalised as UrlPatch<P>;
}

/**
 * A page's URL parameters, read through `parsers` (garbage gives the default) and written through
 * them (defaults are left out; other parameters such as `lang` stay). Changes are functions of the
 * current values, so two changes in one event both land: nuqs applies each to its latest state at
 * once and writes the address once for the batch, replacing the history entry. `parsers` must be
 * a constant (declared at module level) so the hook keeps one identity.
 */
export function useUrlState<P extends UseQueryStatesKeysMap>(
  parsers: P,
): [Values<P>, UrlUpdate<P>] {
  const [values, setValues] = useQueryStates(parsers);
  const update = useCallback<UrlUpdate<P>>(
    (change) => {
      void setValues((current) => normaliseUrlPatch(parsers, change(current)));
    },
    [parsers, setValues],
  );
  return [values, update];
}

/**
 * A page's parameters as the query string its address would carry ('' for the default view;
 * defaults left out, lists in the parsers' form), e.g. to save a screen.
 */
export function urlQueryOf<P extends ParserMap>(parsers: P, values: UrlPatch<P>): string {
  // The serializer's overloads (base URL first or not) defeat inference over a generic map.
  const serialize = createSerializer(parsers) as unknown as (values: UrlPatch<P>) => string;
  return serialize(values).replace(/^\?/, '');
}

/** A saved query string read as an address would be: garbage in any parameter gives its default. */
export function readUrlQuery<P extends ParserMap>(parsers: P, query: string): Values<P> {
  return createLoader(parsers)(new URLSearchParams(query)) as Values<P>;
}
