import type { ReportKind } from '../report/meta-schema';

/** The required front-matter fields, as the importer or `new` fills them ('' or null when unknown). */
export interface FrontMatterValues {
  title: string;
  year: number | null;
  issuer: string;
  source: string;
  /** `YYYY-MM-DD HH:mm`. */
  published: string;
  columns: string[];
  slug: string;
  /** Report kind, written only when set (it defaults from the title). */
  kind?: ReportKind;
}

/** A field every report must have. */
export type RequiredField = Exclude<keyof FrontMatterValues, 'kind'>;

/** The required fields, in the order they are written. */
export const REQUIRED_FIELDS: readonly RequiredField[] = ['title', 'year', 'issuer', 'source', 'published', 'columns', 'slug'];

/** Chinese names of the required fields, for the import summary. */
export const FIELD_NAMES: Record<RequiredField, string> = {
  title: '标题', year: '年度', issuer: '发布机关', source: '来源', published: '发布时间', columns: '栏目', slug: '网址名称',
};

/** The columns every annual report is filed under unless the page says otherwise. */
export const DEFAULT_COLUMNS = ['法治政府建设', '年度报告'];

/** The columns a 政府信息公开工作年度报告 is filed under unless the page says otherwise. */
export const DISCLOSURE_COLUMNS = ['政府信息公开', '政府信息公开工作年度报告'];

/** A comment for each required field, in Chinese, written above it. */
const FIELD_HELP: Record<RequiredField, string> = {
  title: '报告全称，与正式文件一致，例如：梧州市2023年度法治政府建设工作报告',
  year: '报告年度：报告的是哪一年的工作（不是发布的年份），四位数字，例如：2023',
  issuer: '发布机关，例如：梧州市人民政府',
  source: '来源：页面“来源：”后显示的单位，例如：梧州市人民政府办公室',
  published: '发布时间（北京时间），格式 YYYY-MM-DD HH:mm，例如：2024-01-21 08:55；应在次年4月1日前',
  columns: '栏目：页面“当前位置”中“首页”之后的栏目，每项一行',
  slug: '网址名称：只用英文字母、数字和连字符，例如 wuzhou-2024（页面地址为 /reports/wuzhou-2024）',
};

/** Optional fields, written as commented-out examples. */
const OPTIONAL_HELP = `# ---- 以下为可选字段：需要时删去行首的“# ”并填写 ----
# 摘要：用于搜索引擎和分享，不填则取引言第一句
# description: 梧州市2023年法治政府建设的主要举措和成效
# 结尾部分（正文中 *** 分隔线之后的内容）的标题，不填则为“结语”
# closingTitle: 存在的不足和下一步工作
# 文件下载：如盖章版 PDF。先把文件放到 public/files/ 下，地址写 /files/文件名
# attachments:
#   - title: 梧州市2023年度法治政府建设工作报告（盖章版）
#     url: /files/wuzhou-2023.pdf
#     note: PDF，1.2 MB
# 关联文件：相关文件的标题和地址（本站地址以 / 开头，外站以 https:// 开头）
# related:
#   - title: 梧州市2022年度法治政府建设工作报告
#     url: /reports/wuzhou-2022
# 重点数据：在报告页“数说”栏展示的数据，text 照正文原样填写（包括单位）；不填则自动挑选
# figures:
#   - text: 389件
#     label: 办理行政复议申请
# 报告类别：法治政府建设年度报告、政府信息公开工作年度报告、政府工作报告、其他 之一；不填则按标题判断。
# 政府信息公开工作年度报告的表格按全国统一格式检查（见发布指南“政府信息公开工作年度报告”一节）
# kind: 政府信息公开工作年度报告
# 勘误：发布后更正内容时，按日期先后各写一条，页面会显示
# corrections:
#   - date: 2024-02-05
#     note: 第四部分“减免罚金额”原误为2631.45万元，已更正为2631.54万元。`;

/** YAML scalars that need quotes: empty, YAML syntax at the start, `: ` or ` #` inside, or read as another type. */
function needsQuotes(value: string): boolean {
  return value === '' || /^[\s\-?:,[\]{}#&*!|>'"%@`]|[\s:]$|: | #/.test(value) ||
    /^(?:true|false|yes|no|on|off|null|~|[-+]?\d[\d_.,]*|\d{4}-\d\d-\d\d)$/i.test(value);
}

/** A string as a YAML scalar, quoted (JSON style, valid YAML) only when it must be. */
export function yamlString(value: string): string {
  return needsQuotes(value) ? JSON.stringify(value) : value;
}

/**
 * Writes the front matter block (between `---` lines) with a Chinese comment above every
 * field and the optional fields as commented-out examples. Unknown values are written empty
 * (`""`) so that the check names each one.
 */
export function writeFrontMatter(values: FrontMatterValues, header: string): string {
  const line = (key: RequiredField, value: string) => `# ${FIELD_HELP[key]}\n${key}:${value.startsWith('\n') ? '' : ' '}${value}`;
  const columns = values.columns.length > 0 ? `\n${values.columns.map((c) => `  - ${yamlString(c)}`).join('\n')}` : ' []';
  return [
    '---',
    `# ${header}`,
    line('title', yamlString(values.title)),
    line('year', values.year === null ? '""' : String(values.year)),
    line('issuer', yamlString(values.issuer)),
    line('source', yamlString(values.source)),
    line('published', yamlString(values.published)),
    line('columns', columns),
    line('slug', yamlString(values.slug)),
    values.kind ? OPTIONAL_HELP.replace(/^# kind: .*$/m, `kind: ${values.kind}`) : OPTIONAL_HELP,
    '---',
  ].join('\n');
}
