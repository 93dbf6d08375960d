import type { SourceBlock } from './text-blocks';

/** What the lines around a report copied from its web page say about it. */
export interface PageInfo {
  /** The title shown above the text (without its 【栏目】), or the 标题/名称 field. */
  title?: string;
  /** 发布时间 as written on the page, `YYYY-MM-DD HH:mm`. */
  published?: string;
  /** The page's date when it gives no time, `YYYY-MM-DD`. */
  date?: string;
  /** 来源. */
  source?: string;
  /** 发布机构 (发文机关) of the 索引号 block. */
  issuer?: string;
  /** Breadcrumb after 首页 (当前位置:首页 > 法治政府建设 > 年度报告). */
  columns?: string[];
}

/** One `label：value` of a page's information block; value '' when the page leaves it empty. */
export interface InfoField {
  label: string;
  value: string;
}

/** Labels of the information a government page prints about an article (索引号 block, date line). */
const LABELS = ['索引号', '主题分类', '组配分类', '体裁分类', '服务对象分类', '分类', '发布机构', '发文机关', '发文单位', '成文日期', '发文日期',
  '发布日期', '发布时间', '公开日期', '生成日期', '文号', '发文字号', '有效性', '时效性', '主题词', '关键词', '标题', '名称', '公开方式',
  '公开范围', '公开时限', '信息来源', '来源', '浏览次数', '访问次数', '阅读次数', '点击数', '访问量', '阅读量', '浏览量', '字号', '字体',
  '作者', '责任编辑', '编辑', '时间', '日期'].sort((a, b) => b.length - a.length);
const LABEL = `(?:${LABELS.join('|')})`;
/** A label with its colon, anywhere in a line. */
const LABEL_AT = new RegExp(`(${LABEL})\\s*[:：]`, 'g');
const HAS_LABEL = new RegExp(`${LABEL}\\s*[:：]`);
/** A line that is only a label, the value following on the next line (a table copied cell by cell). */
const LABEL_ALONE = new RegExp(`^(${LABEL})\\s*[:：]?$`);
/** A date (and time) as pages write it: 2024-01-21 08:55, 2024年03月28日, 2024/3/28 10:32:15. */
const DATE_TIME = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?(?:\s+(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?)?/;

/** A tab-separated row of cells (索引号\t011043217/2024-00033\t分类\t法治政府建设) as `label：value` text. */
function cellsAsFields(text: string): string {
  const cells = text.split('\t').map((c) => c.trim()).filter((c) => c !== '');
  return cells.map((c) => (LABEL_ALONE.test(c) && !/[:：]$/.test(c) ? `${c}：` : c)).join('  ');
}

/** Fields of a `label：value  label：value` line (or a row of cells), opened by a bare date or not; null when it is not one. */
function fieldsOfLine(line: string): InfoField[] | null {
  if (line.length > 200 || /[。；]/.test(line)) return null;
  const text = line.includes('\t') ? cellsAsFields(line) : line;
  const matches = [...text.matchAll(LABEL_AT)];
  const first = matches[0];
  // A date line may open with the bare date: 2024-01-21 08:55     来源:梧州市人民政府办公室.
  const lead = first === undefined ? text : text.slice(0, first.index);
  const leadDate = DATE_TIME.exec(lead);
  if (lead.trim() !== '' && (leadDate === null || lead.replace(DATE_TIME, '').trim() !== '')) return null;
  if (first === undefined) return leadDate ? [{ label: '', value: leadDate[0] }] : null;
  const fields = matches.map((m, k) => ({
    label: m[1] ?? '',
    value: text.slice((m.index ?? 0) + m[0].length, matches[k + 1]?.index ?? text.length).trim(),
  }));
  return leadDate ? [{ label: '', value: leadDate[0] }, ...fields] : fields;
}

/**
 * The information fields starting at block `at` (before `end`): one line of fields, or a label
 * alone with its value on the next line. Returns the fields and the index after them, or null.
 */
export function readInfoFields(blocks: readonly SourceBlock[], at: number, end: number): { fields: InfoField[]; next: number } | null {
  const text = blocks[at]?.text ?? '';
  const alone = LABEL_ALONE.exec(text);
  if (alone) {
    const value = at + 1 < end ? blocks[at + 1]?.text ?? '' : '';
    const takesValue = value !== '' && !HAS_LABEL.test(value) && !LABEL_ALONE.test(value) && value.length <= 80 && !/[。；]/.test(value);
    return { fields: [{ label: alone[1] ?? '', value: takesValue ? value : '' }], next: at + (takesValue ? 2 : 1) };
  }
  const fields = fieldsOfLine(text);
  return fields === null ? null : { fields, next: at + 1 };
}

/** How much a date label says about publication: 发布日期 before 发文日期 before 成文日期. */
function dateRank(label: string): number {
  if (/发文/.test(label)) return 2;
  if (/成文|生成/.test(label)) return 3;
  return 1;
}

/** A page date as `published` (with its time) or `date`. */
function readDate(value: string): Pick<PageInfo, 'published' | 'date'> | null {
  const m = DATE_TIME.exec(value);
  if (!m) return null;
  const pad = (n: string | undefined) => (n ?? '').padStart(2, '0');
  const [, y, mo, d, h, mi] = m;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  return h !== undefined ? { published: `${day} ${pad(h)}:${mi ?? '00'}` } : { date: day };
}

/**
 * Adds what fields say to `page`: 标题/名称 → title, 发布机构 → issuer, 来源 → source, the
 * best date (发布日期 over 发文日期 over 成文日期) → published or date. Earlier values stay
 * unless a better date comes. `ranks` remembers the rank of the date taken.
 */
export function applyInfoFields(page: PageInfo, fields: readonly InfoField[], ranks: { date: number }): void {
  for (const { label, value } of fields) {
    if (value === '') continue;
    if (/^(?:标题|名称)$/.test(label)) page.title ??= value;
    else if (/^(?:发布机构|发文机关|发文单位)$/.test(label)) page.issuer ??= value;
    else if (/来源$/.test(label)) page.source ??= value.split(/\s+/)[0] ?? value;
    else if (label === '' || /日期|时间/.test(label)) {
      const date = readDate(value);
      if (date && dateRank(label) < ranks.date) {
        delete page.published;
        delete page.date;
        Object.assign(page, date);
        ranks.date = dateRank(label);
      }
    }
  }
}
