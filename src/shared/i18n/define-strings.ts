/** The shape of a translation: same keys as the Chinese source, any string values. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Declares one area's strings; `en` must have exactly the keys of `zh`. */
export function defineStrings<const Z>(zh: Z, en: Widen<Z>): { zh: Z; en: Widen<Z> } {
  return { zh, en };
}
