import { defineStrings } from './locale-types';

/** Strings of the present page. */
export const presentStrings = defineStrings(
  {
    title: '演示模式',
  } as const,
  {
    title: 'Present mode',
  },
);
