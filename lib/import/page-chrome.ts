import type { SourceBlock } from './text-blocks';

/** What the lines around a report copied from its web page say about it. */
export interface PageInfo {
  /** The title shown above the date line. */
  title?: string;
  /** 发布时间 as written on the page, `YYYY-MM-DD HH:mm`. */
  published?: string;
  /** The page's date when it gives no time, `YYYY-MM-DD`. */
  date?: string;
  /** 来源. */
  source?: string;
  /** Breadcrumb after 首页 (当前位置:首页 > 法治政府建设 > 年度报告). */
  columns?: string[];
}

/** The document without its page chrome, what the chrome said, and the lines removed. */
export interface ChromeResult {
  blocks: SourceBlock[];
  page: PageInfo;
  removed: SourceBlock[];
}

const SHARE_WORDS = '(?:分享(?:到)?[:：]?|微信|朋友圈|今日头条|头条|新浪微博|微博|QQ空间|空间|qq|QQ|复制链接|人人网|豆瓣)';
/** Controls and labels a government article page prints around the text. */
const TOP_CHROME = [
  /^支持\s*IPv6$/i,
  /^(?:无障碍|无障碍浏览|无障碍阅读|长者模式|关怀模式|适老化|读屏专用)$/,
  /^当前位置[:：]/,
  new RegExp(`^${SHARE_WORDS}(?:\\s+${SHARE_WORDS})*$`),
  /^【?\s*(?:字体|字号)[:：]/,
  /^[【\[]?(?:打印|打印本页|关闭|关闭窗口|收藏|返回顶部)[】\]]?$/,
  /^扫一扫/,
];
/** Labels under the text: attachments and related links the portal lists from front matter. */
const BOTTOM_HEADING = /^[【\[]?(?:文件下载|附件下载|下载附件|相关附件|关联文件|相关文件|相关链接|相关阅读|相关新闻)[】\]]?[:：]?$/;
const BOTTOM_CHROME = [BOTTOM_HEADING, /^扫一扫/, /^[【\[]?(?:打印本页|关闭窗口|打印|关闭)[】\]]?(?:\s*[【\[]?(?:打印本页|关闭窗口|打印|关闭)[】\]]?)*$/];

const DATE_TIME = /(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?)?/;
const SOURCE = /来源[:：]\s*(\S+)/;

const isTopChrome = (text: string) => TOP_CHROME.some((re) => re.test(text));

/** The page's date/来源 line (2024-01-21 08:55  来源:梧州市人民政府办公室), read; null when it is not one. */
function readDateLine(text: string): Pick<PageInfo, 'published' | 'date' | 'source'> | null {
  if (text.length > 100 || /[。；]/.test(text)) return null;
  const date = DATE_TIME.exec(text);
  const source = SOURCE.exec(text);
  const rest = text.replace(DATE_TIME, '').replace(SOURCE, '').replace(/(?:发布时间|发布日期|时间|日期|浏览次数|访问量|阅读量)[:：]?\s*\d*/g, '').trim();
  if (!date || rest !== '') return null;
  const pad = (n: string | undefined) => (n ?? '').padStart(2, '0');
  const [, y, mo, d, h, mi] = date;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  return {
    ...(h !== undefined ? { published: `${day} ${pad(h)}:${mi ?? '00'}` } : { date: day }),
    ...(source ? { source: source[1] } : {}),
  };
}

function readBreadcrumb(text: string): string[] {
  return text
    .replace(/^当前位置[:：]\s*/, '')
    .split(/\s*[>＞›»]\s*/)
    .map((c) => c.trim())
    .filter((c) => c !== '' && c !== '首页');
}

/** How many blocks at the top are page chrome; fills `page` with what they say. */
function topChrome(blocks: readonly SourceBlock[], page: PageInfo): number {
  let i = 0;
  let sawChrome = false;
  for (; i < blocks.length; i++) {
    const text = blocks[i]?.text ?? '';
    const dateLine = readDateLine(text);
    if (isTopChrome(text)) {
      if (/^当前位置/.test(text)) page.columns = readBreadcrumb(text);
      sawChrome = true;
    } else if (dateLine) {
      Object.assign(page, dateLine);
      sawChrome = true;
    } else if (page.title === undefined && !/[。；，,]/.test(text) && text.length <= 80 && readDateLine(nextContent(blocks, i + 1))) {
      page.title = text;
    } else break;
  }
  return sawChrome ? i : 0;
}

/** The next block's text that is not top chrome. */
function nextContent(blocks: readonly SourceBlock[], from: number): string {
  return blocks.slice(from).find((b) => !isTopChrome(b.text))?.text ?? '';
}

/** Where the chrome under the text starts: a 文件下载/关联文件 label followed only by short lines. */
function bottomChrome(blocks: readonly SourceBlock[]): number {
  let start = blocks.length;
  while (start > 0 && BOTTOM_CHROME.some((re) => re.test(blocks[start - 1]?.text ?? ''))) start -= 1;
  const label = blocks.findIndex((b, i) => i < start && BOTTOM_HEADING.test(b.text) &&
    blocks.slice(i + 1, start).every((after) => after.text.length <= 80 && !/[。；]/.test(after.text)));
  return label >= 0 ? label : start;
}

/**
 * Recognises the chrome of a government web page around a report copied from it: the
 * controls, breadcrumb, title and date/来源 line above the text, the 文件下载 / 关联文件
 * lists under it. Removes them and reads title, time, 来源 and columns from them. A document
 * without such chrome comes back unchanged.
 */
export function stripPageChrome(blocks: readonly SourceBlock[]): ChromeResult {
  const page: PageInfo = {};
  const top = topChrome(blocks, page);
  if (top === 0) delete page.title;
  const bottom = Math.max(top, bottomChrome(blocks));
  return {
    blocks: blocks.slice(top, bottom),
    page,
    removed: [...blocks.slice(0, top), ...blocks.slice(bottom)],
  };
}
