import { applyInfoFields, readInfoFields } from './page-info';
import type { PageInfo } from './page-info';
import type { SourceBlock } from './text-blocks';

export type { PageInfo };

/** The document without its page chrome, what the chrome said, and the lines removed. */
export interface ChromeResult {
  blocks: SourceBlock[];
  page: PageInfo;
  removed: SourceBlock[];
}

const SHARE_WORDS = '(?:分享(?:到)?[:：]?|微信|朋友圈|今日头条|头条|新浪微博|微博|QQ空间|空间|qq|QQ|复制链接|人人网|豆瓣)';
/** Controls, links and labels a government site prints in its header and toolbars (one word of a toolbar line each). */
const TOOLBAR_WORDS = new Set(('无障碍 无障碍阅读 无障碍浏览 长者模式 关怀模式 关怀版 适老化 读屏专用 繁體 繁体 简体 登录 注册 个人中心 ' +
  '微信 微博 头条 抖音 手机版 移动版 网站地图 设为首页 加入收藏 English 智能问答 IPv6 支持IPv6 本站支持IPv6 政务微博 政务微信 ' +
  '客户端 邮箱 站内搜索 搜索 首页').split(' '));
/** A service hotline in a site header: 12345, 12348公共法律服务热线. */
const HOTLINE = /^(?:\d{5}|(?:\d{5})?\S{0,12}热线(?:[:：]?\d{5,12})?)$/;
/** Controls and labels a government article page prints around the text. */
const TOP_CHROME = [
  /^支持\s*IPv6$/i,
  /^(?:无障碍|无障碍浏览|无障碍阅读|长者模式|关怀模式|适老化|读屏专用)$/,
  /^(?:您(?:现在|当前)?(?:所在的|的)?位置|当前位置|所在位置)[:：]/,
  /^今天是/,
  /^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]$/,
  new RegExp(`^${SHARE_WORDS}(?:\\s+${SHARE_WORDS})*$`),
  /^【?\s*(?:字体|字号)[:：]/,
  /^[【\[]?(?:打印|打印本页|关闭|关闭窗口|收藏|返回顶部)[】\]]?$/,
  /^扫一扫/,
];
/** Labels under the text: attachments and related links the portal lists from front matter. */
const BOTTOM_HEADING = /^[【\[]?(?:文件下载|附件下载|下载附件|相关附件|关联文件|相关文件|相关链接|相关阅读|相关新闻|相关稿件)[】\]]?[:：]?$/;
const BOTTOM_CHROME = [BOTTOM_HEADING, /^扫一扫/, /^(?:上一篇|下一篇)[:：]/, new RegExp(`^${SHARE_WORDS}(?:\\s+${SHARE_WORDS})*$`),
  /^[【\[]?(?:打印本页|关闭窗口|打印|关闭)[】\]]?(?:\s*[【\[]?(?:打印本页|关闭窗口|打印|关闭)[】\]]?)*$/];
/** A page number printed on each page of a document copied from a PDF or print view: — 3 —, -3-, 第3页 共10页. */
const PAGE_NUMBER = /^(?:[-—－–]\s*\d{1,3}\s*[-—－–]|第\s*\d{1,3}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,3}\s*页)?)$/;
/** The page's title with its column in front: 【法治政府建设】示例区2023年法治政府建设年度报告. */
const COLUMN_TITLE = /^【[^】]{1,20}】\s*([^。；，,]{6,80})$/;
/** How many opening lines may hold page chrome; the report text starts within them. */
const OPENING_LINES = 40;

/** A line of toolbar words and hotlines (12348公共法律服务热线 无障碍阅读 微信 微博). */
function isToolbar(text: string): boolean {
  const tokens = text.split(/[\s|｜丨·•/]+/).filter((t) => t !== '');
  return tokens.length > 0 && tokens.every((t) => TOOLBAR_WORDS.has(t) || HOTLINE.test(t)) && tokens.some((t) => !/^\d+$/.test(t));
}

const isTopChrome = (text: string) => TOP_CHROME.some((re) => re.test(text)) || isToolbar(text);

/** The first sentence of the report itself: a punctuated paragraph or a numbered heading, where chrome stops. */
function isReportText(text: string): boolean {
  return (text.length > 40 && /[。；]/.test(text)) || /^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]/.test(text);
}

function readBreadcrumb(text: string): string[] {
  return text
    .replace(/^[^:：]*[:：]\s*/, '')
    .split(/\s*[>＞›»]\s*/)
    .map((c) => c.trim())
    .filter((c) => c !== '' && c !== '首页');
}

/** Indices of the opening lines that are page chrome; fills `page` with what they say. */
function openingChrome(blocks: readonly SourceBlock[], page: PageInfo): Set<number> {
  const chrome = new Set<number>();
  const titles = new Set<number>();
  const ranks = { date: Infinity };
  const end = Math.min(blocks.length, OPENING_LINES);
  const text = (i: number) => blocks[i]?.text ?? '';
  for (let i = 0; i < end && !isReportText(text(i)); i++) {
    if (blocks[i]?.table) continue;
    if (isTopChrome(text(i))) {
      if (/位置[:：]/.test(text(i))) page.columns = readBreadcrumb(text(i));
      chrome.add(i);
      continue;
    }
    const info = readInfoFields(blocks, i, end);
    if (info !== null) {
      applyInfoFields(page, info.fields, ranks);
      for (let j = i; j < info.next; j++) chrome.add(j);
      i = info.next - 1;
      continue;
    }
    const column = COLUMN_TITLE.exec(text(i));
    if (column) {
      page.title ??= column[1];
      titles.add(i);
    } else if (page.title === undefined && !/[。；，,:：]/.test(text(i)) && text(i).length <= 80 && isDateLine(blocks, nextContent(blocks, i + 1), end)) {
      page.title = text(i);
      titles.add(i);
    } else if (page.title !== undefined && text(i) === page.title) {
      titles.add(i);
    }
  }
  // Without any chrome the opening lines are the document's own (its title stays for the importer).
  return chrome.size === 0 ? chrome : new Set([...chrome, ...titles]);
}

/** Whether block `at` is the page's date or 来源 line, the line under the title. */
function isDateLine(blocks: readonly SourceBlock[], at: number, end: number): boolean {
  return readInfoFields(blocks, at, end)?.fields.some((f) => f.label === '' || /日期|时间|来源/.test(f.label)) === true;
}

/** The index of the next block at or after `from` that is not top chrome. */
function nextContent(blocks: readonly SourceBlock[], from: number): number {
  const at = blocks.findIndex((b, i) => i >= from && !isTopChrome(b.text));
  return at < 0 ? blocks.length : at;
}

/** Where the chrome under the text starts: a 文件下载/关联文件 label followed only by short lines. */
function bottomChrome(blocks: readonly SourceBlock[]): number {
  let start = blocks.length;
  while (start > 0 && BOTTOM_CHROME.some((re) => re.test(blocks[start - 1]?.text ?? ''))) start -= 1;
  const label = blocks.findIndex((b, i) => i < start && BOTTOM_HEADING.test(b.text) &&
    blocks.slice(i + 1, start).every((after) => !after.table && after.text.length <= 80 && !/[。；]/.test(after.text)));
  return label >= 0 ? label : start;
}

/**
 * Recognises the chrome of a government web page around a report copied from it, wherever it
 * sits in the opening lines: toolbars, 今天是…, the breadcrumb, the 索引号/发布机构/发文日期
 * block, the title (without its 【栏目】) and its date/来源 line above the text; the 文件下载 /
 * 关联文件 lists under it; page numbers of a printed copy anywhere. Removes them and reads title,
 * issuer, time, 来源 and columns from them. A document without such chrome comes back unchanged.
 */
export function stripPageChrome(blocks: readonly SourceBlock[]): ChromeResult {
  const page: PageInfo = {};
  const top = openingChrome(blocks, page);
  if (top.size === 0) delete page.title;
  const bottom = Math.max(top.size === 0 ? 0 : Math.max(...top) + 1, bottomChrome(blocks));
  const isChrome = (b: SourceBlock, i: number) => top.has(i) || i >= bottom || PAGE_NUMBER.test(b.text);
  return {
    blocks: blocks.filter((b, i) => !isChrome(b, i)),
    page,
    removed: blocks.filter(isChrome),
  };
}
