import type { ColDef, ColGroupDef } from 'ag-grid-community';

import { gridColumnTypes, type GridColumnType } from '../src/shared/ui/grid-column-types';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * A column definition as AG Grid sees it: its column types' properties, then its own on top
 * (plain objects such as `cellClassRules` and `context` merged, undefined never overriding).
 */
export function withColumnTypes<R>(def: ColDef<R>): ColDef<R> {
  const types = def.type === undefined ? [] : Array.isArray(def.type) ? def.type : [def.type];
  const layers = [...types.map((type) => gridColumnTypes[type as GridColumnType]), def];
  const merged: Record<string, unknown> = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue;
      const before = merged[key];
      merged[key] = isPlainObject(before) && isPlainObject(value) ? { ...before, ...value } : value;
    }
  }
  return merged as ColDef<R>;
}

/** Every column of a definition list, groups flattened, with their types applied. */
export function flatColumns<R>(defs: readonly (ColDef<R> | ColGroupDef<R>)[]): ColDef<R>[] {
  return defs.flatMap((def) =>
    'children' in def ? flatColumns(def.children) : [withColumnTypes(def)],
  );
}
