import { defineStrings } from '../../shared/i18n/define-strings';

/**
 * Strings of the edition picker and the notices about the edition shown: a namespace of their
 * own, loaded only when one of them is shown (most visits see neither), not with `/`.
 */
export const editionStrings = defineStrings(
  {
    picker: '数据版本',
    option: '{{date}} · {{title}}',
    latest: '（最新）',
    sinceLast: '较上期',
    unknownRequested: '没有“{{requested}}”这一期数据，已显示最新一期（{{date}}）。',
    latestNotListed:
      '数据版本列表中的最新一期“{{latest}}”不存在，已显示列表中日期最新的一期（{{date}}）。',
    noneListed: '数据版本列表中没有任何一期数据。',
  } as const,
  {
    picker: 'Edition',
    option: '{{date}} · {{title}}',
    latest: ' (latest)',
    sinceLast: 'Since last edition',
    unknownRequested:
      'There is no edition “{{requested}}”: showing the latest edition ({{date}}) instead.',
    latestNotListed:
      'The latest edition named in the list of editions, “{{latest}}”, is not in it: showing the most recent listed edition ({{date}}).',
    noneListed: 'The list of editions names no edition.',
  },
);
