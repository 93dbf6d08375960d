import { CHINESE_NUMERAL } from '../report/numerals';

/** `一、` at the start of a paragraph: a numbered top-level section (group 1: the numeral). */
export const SECTION_MARKER = new RegExp(`^(${CHINESE_NUMERAL})、[\\s\\u3000]*`);

/** `（一）` or `(一)` at the start of a paragraph: a second-level point. */
export const PAREN_MARKER = new RegExp(`^[（(](${CHINESE_NUMERAL})[）)]`);

/** `一是` at the start of a paragraph. */
export const SHI_MARKER = new RegExp(`^(${CHINESE_NUMERAL})是`);

/** `1.` `1．` `1、` at the start of a paragraph: a numbered item. */
export const ITEM_MARKER = /^\d{1,3}[.．、]/;

/** Headings of appendices: 附：名词解释, 附件1, 附录, 有关名词解释. */
export const APPENDIX_HEADING = /^(附[：:]|附件[\d一二三四五六七八九十]*[：:]?|附录|有关名词解释$|名词解释$)/;

/** Any punctuation that a heading or a signature line does not carry. */
export const PUNCTUATION = /[。，、；：！？,;:!?“”"《》（）()…—]/;

/**
 * The usual wording of the closing part: shortcomings, next-year plans, the formal end, and
 * the closing address of a report delivered to a congress (各位代表！…).
 */
export const CLOSING_WORDING = /虽然.*但|虽.*但|仍(?:然)?存在|还存在|存在(?:的)?(?:问题|不足)|不足|短板|差距|下一步|今后|特此报告|专此报告|^各位代表[！!，,]/;

/** Titles of a numbered section that already is the closing part (五、存在的不足和下一步工作). */
export const CLOSING_TITLE = /不足|问题|下一步|打算|计划|思路|今后|明年|展望/;

/** The formal end of a report: 特此报告。 or 专此报告。 */
export const FORMAL_END = /^(?:特此|专此)报告[。.]?$/;

/** Bodies that issue reports, for a signature line (梧州市人民政府, 某某区司法局). */
export const ISSUING_BODY = /(?:人民政府|政府|委员会|办公室|办公厅|局|厅|委|院|部|党委|党组|管委会|法治建设领导小组)$/;
