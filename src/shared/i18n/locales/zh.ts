import type { companiesStrings } from './companies';
import type { fundsStrings } from './funds';
import type { Widen } from './locale-types';
import type { presentStrings } from './present';
import type { sectorsStrings } from './sectors';
import type { timelineStrings } from './timeline';

/**
 * Chinese UI strings of the shell and the overview; the shape of this object is the type every
 * other language must match. Page strings live in one file per page (sectors.ts, funds.ts, …)
 * with both languages and load with their page (see registerStrings), so `/` does not download
 * every page's text.
 */
export const zh = {
  app: {
    name: 'AI 行业月报看板',
    present: '演示',
    presentHint: '演示模式（P）',
    hiddenValue: '数值已隐藏',
    tagline: '计算机与人工智能行业月度报告',
    skipToContent: '跳到正文',
    loading: '加载中…',
  },
  nav: {
    label: '主导航',
    overview: '总览',
    sectors: '子行业',
    funds: '基金',
    companies: '公司',
    timeline: 'AI 动态',
    menu: '菜单',
  },
  prefs: {
    language: '语言',
    switchTo: 'Switch to English',
    colour: '涨跌颜色',
    colourAuto: '跟随语言',
    colourRedUp: '红涨绿跌',
    colourGreenUp: '绿涨红跌',
    theme: '主题',
    themeLight: '浅色',
    themeDark: '深色',
    themeSystem: '跟随系统',
    palette: '配色',
    paletteStandard: '标准',
    paletteColourBlind: '色盲友好',
    notSaved: '浏览器拒绝保存你的偏好设置（存储空间已满或被禁用）：设置在关闭此标签页之前有效。',
  },
  provenance: {
    dataAsOf: '数据截至 {{date}}',
    source: '来源：{{publisher}}《{{title}}》，{{date}}发布',
    translationNote: '英文内容为对中文报告的翻译。',
    table: '表{{number}}',
    figure: '图{{number}}',
    text: '正文',
    section: '第{{section}}节',
    front: '首页',
    back: '附录',
    translated: '译文',
    dataNote: '数据说明',
    dataNotes: '数据说明（{{count}}）',
  },
  errors: {
    title: '“{{dataset}}”数据加载失败',
    http: '服务器返回错误（HTTP {{status}}）。',
    timeout: '数据在规定时间内没有响应。',
    network: '无法连接数据服务器，请检查网络。',
    parse: '返回的内容不是有效的 JSON 数据（{{detail}}）。',
    schema: '数据格式与预期不符：{{detail}}',
    empty: '数据集中没有任何记录。',
    tooLarge: '数据文件超过 {{limit}} MB 的大小上限，未读取（数据主机可能配置有误）。',
    unknown: '发生未知错误。',
    retry: '重试',
    retrying: '重试中…',
    offline: '当前处于离线状态，显示的是已加载的数据。',
    offlineRoute: '当前处于离线状态，此页面尚未加载，联网后即可打开。',
    routeTitle: '此页面出错了',
    routeBody: '页面内容无法显示，其他页面仍可使用。',
    reload: '重新加载此页',
  },
  datasets: {
    report: '报告信息',
    indices: '指数行情',
    sectors: '子行业',
    funds: '基金',
    companies: '公司',
    news: 'AI 新闻',
    frontier: '前沿动态',
    editions: '数据版本',
  },
  notFound: {
    title: '找不到此页面',
    body: '地址 {{path}} 不存在。',
    home: '返回总览',
  },
  units: {
    yi: '亿元',
    yiShort: '亿元',
    percent: '%',
    times: '倍',
    points: '点',
    timesName: '倍',
    yuan: '元',
    count: '{{formatted}} 家',
    stocks: '{{formatted}} 支',
  },
  overview: {
    title: '总览',
    lead: '10月市场与三季报一览',
    kpis: '关键指标',
    industryRevenue: '行业24Q3营收',
    industryProfit: '行业24Q3归母净利润',
    yoyLabel: '同比',
    aiIndex: '人工智能指数 (884201.WI)',
    aiIndexCap: '人工智能指数总市值',
    constituents: '成分股 {{count}} 支，{{weighting}}',
    valuation: '估值 PE / PS (TTM)',
    valuationValue: '{{pe}} / {{ps}}',
    cagr: '三年营收复合增长率 {{revenue}}，净利润复合增长率 {{profit}}',
    revenueCagr: '三年营收复合增长率',
    profitCagr: '三年净利润复合增长率',
    rating: '行业评级',
    returnsTitle: '10月指数涨跌幅',
    returnsSeries: '10月涨跌幅',
    returnsDescription: '柱状图：10月各指数涨跌幅。{{list}}。',
    topTitle: '10月成分股涨幅前十',
    bottomTitle: '10月成分股涨幅后十',
    changeSeries: '10月涨跌幅',
    relativeSeries: '相对计算机指数',
    relativeShort: '相对计算机',
    constituentsDescription: '条形图：{{title}}。{{list}}。',
    code: '代码',
    name: '简称',
    change: '10月涨跌幅',
    close: '10月31日收盘价（元）',
    relative: '相对计算机',
    openCompany: '在公司页查看 {{name}}',
    openDetail: '查看 {{name}} 详情',
    detailTitle: '{{name}}（{{code}}）',
    notInTable4: '该股票不在表4（人工智能主要上市公司）中，以下为表1/表2所列数据。',
    close_: '关闭',
    profile: '指数概况',
    boards: '上市板分布',
    forecasts: '重点公司盈利预测与估值',
    eps: 'EPS（元）',
    pe: 'PE（倍）',
    investmentRating: '投资评级',
    suggestions: '投资建议',
    risks: '风险提示',
    highlights: '报告要点',
  },
  chart: {
    exportPng: '导出 PNG',
    showGrid: '表格',
    showChart: '图表',
    unit: '单位：{{unit}}',
  },
} as const;

export type LocaleResource = Widen<typeof zh>;

/** Every string the app knows: core plus every page's (page strings load with their routes). */
export type AppStrings = typeof zh & {
  sectors: typeof sectorsStrings.zh;
  funds: typeof fundsStrings.zh;
  companies: typeof companiesStrings.zh;
  timeline: typeof timelineStrings.zh;
  present: typeof presentStrings.zh;
};
