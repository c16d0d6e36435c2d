import { defineStrings } from './locale-types';

/** Strings of the timeline page. */
export const timelineStrings = defineStrings(
  {
    title: 'AI 动态',
  } as const,
  {
    title: 'AI timeline',
  },
);
