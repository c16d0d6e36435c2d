import { defineStrings } from './locale-types';

/** Strings of the funds page. */
export const fundsStrings = defineStrings(
  {
    title: '基金',
  } as const,
  {
    title: 'Funds',
  },
);
