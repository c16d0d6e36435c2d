import { defineStrings } from './locale-types';

/** Strings of the companies page. */
export const companiesStrings = defineStrings(
  {
    title: '公司',
  } as const,
  {
    title: 'Companies',
  },
);
