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
    description: '最新发布的年度报告，包括法治政府建设年度报告和政府信息公开工作年度报告，最新的在前。',
    keywords: ['年度报告', '法治政府建设年度报告', '政府信息公开工作年度报告'],
  },
  archive: {
    path: '/archive',
    name: '报告归档',
    type: '年度报告',
    description: '按年度、报告类别和发布机关查找全部年度报告。',
    keywords: ['报告归档', '年度报告', '发布机关'],
  },
  issuers: {
    path: '/issuers',
    name: '发布机关',
    type: '年度报告',
    description: '发布年度报告的政府、部门和区县，每个机关的全部报告。',
    keywords: ['发布机关', '政府部门', '区县', '年度报告'],
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

/** The column of one issuer's page: all its reports. */
export function issuerColumn(issuer: { name: string; slug: string }): Column {
  return {
    path: `/issuers/${issuer.slug}`,
    name: issuer.name,
    type: '年度报告',
    description: `${issuer.name}发布的全部年度报告，按年度排列，以及其政府信息公开工作年度报告主要数据的历年对比。`,
    keywords: [issuer.name, '年度报告', '法治政府建设年度报告', '政府信息公开工作年度报告'],
  };
}

/** The column of one kind of report. */
export function kindColumn(kind: { slug: string; name: string }): Column {
  return {
    path: `/kinds/${kind.slug}`,
    name: kind.name,
    type: '年度报告',
    description: `全部${kind.name}，按年度和发布机关排列。`,
    keywords: [kind.name, '年度报告', '发布机关'],
  };
}

/** The column of one year's reports. */
export function yearColumn(year: number): Column {
  return {
    path: `/years/${year}`,
    name: `${year}年度报告`,
    type: '年度报告',
    description: `关于${year}年度的全部报告，按报告类别和发布机关排列。`,
    keywords: [`${year}年`, '年度报告', '报告归档'],
  };
}

/** The column comparing the departments' 政府信息公开工作年度报告 of one year. */
export function compareColumn(year: number): Column {
  return {
    path: `/compare/${year}`,
    name: `${year}年度政府信息公开工作年度报告对比`,
    type: '年度报告',
    description: `${year}年度各发布机关政府信息公开工作年度报告的主要数据对比：收到申请、予以公开比例、行政复议和行政诉讼及纠正情况。`,
    keywords: [`${year}年`, '政府信息公开工作年度报告', '数据对比', '行政复议', '行政诉讼'],
  };
}
