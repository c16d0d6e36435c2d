import { defineStrings } from './locale-types';

/** Strings of the sectors page. */
export const sectorsStrings = defineStrings(
  {
    title: '子行业',
  } as const,
  {
    title: 'Sectors',
  },
);
