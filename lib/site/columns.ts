/**
 * The columns (栏目) of the portal, with what the 政府网站 page tags say about each
 * (ColumnName, ColumnDescription, ColumnKeywords, ColumnType). Every report page belongs to
 * the 年度报告 column.
 */

/** One column of the site. */
export interface Column {
  path: string;
  /** ColumnName, also the page heading. */
  name: string;
  /** ColumnType: the kind of information the column holds. */
  type: string;
  /** ColumnDescription. */
  description: string;
  /** ColumnKeywords. */
  keywords: string[];
}

/** The columns, by key. */
export const COLUMNS = {
  reports: {
    path: '/reports',
    name: '年度报告',
    type: '年度报告',
    description: '全部已发布的年度报告，包括法治政府建设年度报告和政府信息公开工作年度报告，最新的在前。',
    keywords: ['年度报告', '法治政府建设年度报告', '政府信息公开工作年度报告'],
  },
  archive: {
    path: '/archive',
    name: '报告归档',
    type: '年度报告',
    description: '按年度和发布机关查找全部年度报告。',
    keywords: ['报告归档', '年度报告', '发布机关'],
  },
  search: {
    path: '/search',
    name: '站内搜索',
    type: '站内搜索',
    description: '在全部年度报告中搜索词语或短语。',
    keywords: ['站内搜索', '检索', '年度报告'],
  },
  accessibility: {
    path: '/accessibility',
    name: '无障碍声明',
    type: '网站说明',
    description: '本网站支持的无障碍功能、测试方法、已知局限和问题反馈方式。',
    keywords: ['无障碍', '适老化', '无障碍声明'],
  },
} as const satisfies Record<string, Column>;

/** The column every report belongs to. */
export const REPORTS_COLUMN: Column = COLUMNS.reports;
