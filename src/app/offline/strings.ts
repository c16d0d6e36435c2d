import { defineStrings } from '../../shared/i18n/define-strings';

/** Strings of offline use: the update prompt. */
export const offlineStrings = defineStrings(
  {
    updateTitle: '新版本',
    updateReady: '看板有新版本可用。重新加载后即可使用，当前页面与筛选条件保持不变。',
    reload: '重新加载',
    reloading: '正在重新加载…',
    later: '稍后',
  },
  {
    updateTitle: 'New version',
    updateReady:
      'A new version of the dashboard is available. Reload to use it; this page and its filters stay as they are.',
    reload: 'Reload',
    reloading: 'Reloading…',
    later: 'Later',
  },
);
