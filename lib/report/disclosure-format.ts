/**
 * The national format of the 政府信息公开工作年度报告 as data: its six parts and its tables,
 * in the 2021 format (国办公开办函〔2021〕30号, reports on 2021 and later) and the 2019 trial
 * format (国办公开办函〔2019〕60号, reports on 2019 and 2020). Labels are the official ones;
 * keys are stable ASCII names for code, data and year-over-year comparison.
 */

/** A row or column of a format table: its stable key and its official label path. */
export interface FormatLine {
  key: string;
  path: readonly string[];
}

/** One table of the national format. */
export interface FormatTable {
  /** Stable key: art20-1, art20-5, art20-6, art20-8, art20-9, applications, appeals. */
  key: string;
  /** How messages name it: “第二十条第（一）项”表, 表三, 表四. */
  name: string;
  /** The part (section number) it belongs in. */
  part: number;
  /** Its official caption (the line before it), or '' for the tables of parts 三 and 四. */
  caption: string;
  /** The label column's header cell. */
  labelHeader: string;
  columns: readonly FormatLine[];
  /** Rows; a single row with an empty path stands for a table without a label column (表四). */
  rows: readonly FormatLine[];
}

/** One version of the national format. */
export interface DisclosureFormat {
  id: '2021' | '2019';
  /** How messages name it. */
  name: string;
  /** The six parts, as numbered section titles. */
  parts: readonly string[];
  tables: readonly FormatTable[];
}

const line = (key: string, ...path: string[]): FormatLine => ({ key, path });

const PARTS = [
  '总体情况',
  '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况',
  '政府信息公开行政复议、行政诉讼情况',
  '存在的主要问题及改进情况',
  '其他需要报告的事项',
];

const APPLICANTS = [
  line('natural', '申请人情况', '自然人'),
  line('business', '申请人情况', '法人或其他组织', '商业企业'),
  line('research', '申请人情况', '法人或其他组织', '科研机构'),
  line('charity', '申请人情况', '法人或其他组织', '社会公益组织'),
  line('legal', '申请人情况', '法人或其他组织', '法律服务机构'),
  line('other', '申请人情况', '法人或其他组织', '其他'),
  line('total', '申请人情况', '总计'),
];

const RESULT = '三、本年度办理结果';
const WITHHELD = '（三）不予公开';
const UNAVAILABLE = '（四）无法提供';
const NOT_HANDLED = '（五）不予处理';
const OTHER = '（六）其他处理';

/** Rows of 表三 down to （五）, the same in both formats. */
const APPLICATION_ROWS_HEAD = [
  line('new', '一、本年新收政府信息公开申请数量'),
  line('carried-over', '二、上年结转政府信息公开申请数量'),
  line('disclosed', RESULT, '（一）予以公开'),
  line('partly-disclosed', RESULT, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
  line('withheld-secret', RESULT, WITHHELD, '1.属于国家秘密'),
  line('withheld-law', RESULT, WITHHELD, '2.其他法律行政法规禁止公开'),
  line('withheld-security', RESULT, WITHHELD, '3.危及“三安全一稳定”'),
  line('withheld-third-party', RESULT, WITHHELD, '4.保护第三方合法权益'),
  line('withheld-internal', RESULT, WITHHELD, '5.属于三类内部事务信息'),
  line('withheld-process', RESULT, WITHHELD, '6.属于四类过程性信息'),
  line('withheld-enforcement', RESULT, WITHHELD, '7.属于行政执法案卷'),
  line('withheld-inquiry', RESULT, WITHHELD, '8.属于行政查询事项'),
  line('unavailable-not-held', RESULT, UNAVAILABLE, '1.本机关不掌握相关政府信息'),
  line('unavailable-to-make', RESULT, UNAVAILABLE, '2.没有现成信息需要另行制作'),
  line('unavailable-unclear', RESULT, UNAVAILABLE, '3.补正后申请内容仍不明确'),
  line('not-handled-petition', RESULT, NOT_HANDLED, '1.信访举报投诉类申请'),
  line('not-handled-repeat', RESULT, NOT_HANDLED, '2.重复申请'),
  line('not-handled-publication', RESULT, NOT_HANDLED, '3.要求提供公开出版物'),
  line('not-handled-mass', RESULT, NOT_HANDLED, '4.无正当理由大量反复申请'),
  line('not-handled-confirm', RESULT, NOT_HANDLED, '5.要求行政机关确认或重新出具已获取信息'),
];

const APPLICATION_ROWS_TAIL = [
  line('result-total', RESULT, '（七）总计'),
  line('carried-forward', '四、结转下年度继续办理'),
];

/** The label column's header of 表三, which states its column rule. */
const APPLICATIONS_LABEL = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

const OUTCOMES = [['upheld', '结果维持'], ['corrected', '结果纠正'], ['other', '其他结果'], ['pending', '尚未审结'], ['total', '总计']] as const;

/** 表四: one row of 15 numbers in three groups, the same in both formats. */
const APPEALS: FormatTable = {
  key: 'appeals',
  name: '表四',
  part: 4,
  caption: '',
  labelHeader: '',
  columns: [
    ...OUTCOMES.map(([key, label]) => line(`review-${key}`, '行政复议', label)),
    ...OUTCOMES.map(([key, label]) => line(`direct-${key}`, '行政诉讼', '未经复议直接起诉', label)),
    ...OUTCOMES.map(([key, label]) => line(`after-review-${key}`, '行政诉讼', '复议后起诉', label)),
  ],
  rows: [line('count')],
};

const partTwo = (key: string, item: string, columns: FormatLine[], rows: FormatLine[]): FormatTable => ({
  key, name: `“第二十条第（${item}）项”表`, part: 2, caption: `第二十条第（${item}）项`, labelHeader: '信息内容', columns, rows,
});

const applications = (rows: FormatLine[]): FormatTable => ({
  key: 'applications', name: '表三', part: 3, caption: '', labelHeader: APPLICATIONS_LABEL, columns: APPLICANTS, rows,
});

/** The 2021 format (reports on 2021 and later). */
export const FORMAT_2021: DisclosureFormat = {
  id: '2021',
  name: '2021年版全国统一格式',
  parts: PARTS,
  tables: [
    partTwo('art20-1', '一', [line('issued', '本年制发件数'), line('repealed', '本年废止件数'), line('in-force', '现行有效件数')],
      [line('rules', '规章'), line('normative', '行政规范性文件')]),
    partTwo('art20-5', '五', [line('decisions', '本年处理决定数量')], [line('licensing', '行政许可')]),
    partTwo('art20-6', '六', [line('decisions', '本年处理决定数量')], [line('penalty', '行政处罚'), line('coercion', '行政强制')]),
    partTwo('art20-8', '八', [line('amount', '本年收费金额（单位：万元）')], [line('fees', '行政事业性收费')]),
    applications([
      ...APPLICATION_ROWS_HEAD,
      line('other-no-correction', RESULT, OTHER, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
      line('other-no-fee', RESULT, OTHER, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
      line('other-other', RESULT, OTHER, '3.其他'),
      ...APPLICATION_ROWS_TAIL,
    ]),
    APPEALS,
  ],
};

const TRIAL_COUNTS = [line('previous', '上一年项目数量'), line('change', '本年增/减')];

/** The 2019 trial format (reports on 2019 and 2020). */
export const FORMAT_2019: DisclosureFormat = {
  id: '2019',
  name: '2019年版全国统一格式（试行）',
  parts: PARTS,
  tables: [
    partTwo('art20-1', '一', [line('made', '本年新制作数量'), line('published', '本年新公开数量'), line('published-total', '对外公开总数量')],
      [line('rules', '规章'), line('normative', '规范性文件')]),
    partTwo('art20-5', '五', [...TRIAL_COUNTS, line('decisions', '处理决定数量')],
      [line('licensing', '行政许可'), line('other-services', '其他对外管理服务事项')]),
    partTwo('art20-6', '六', [...TRIAL_COUNTS, line('decisions', '处理决定数量')], [line('penalty', '行政处罚'), line('coercion', '行政强制')]),
    partTwo('art20-8', '八', TRIAL_COUNTS, [line('fees', '行政事业性收费')]),
    partTwo('art20-9', '九', [line('procurements', '采购项目数量'), line('procurement-amount', '采购总金额')], [line('procurement', '政府集中采购')]),
    applications([...APPLICATION_ROWS_HEAD, line('other-handling', RESULT, OTHER), ...APPLICATION_ROWS_TAIL]),
    APPEALS,
  ],
};

/** Both formats, newest first. */
export const DISCLOSURE_FORMATS: readonly DisclosureFormat[] = [FORMAT_2021, FORMAT_2019];

/** Rows of 表三 whose sum is （七）总计: every outcome row under 三、本年度办理结果 but the total. */
export function outcomeRows(table: FormatTable): FormatLine[] {
  return table.rows.filter((r) => r.path[0] === RESULT && r.key !== 'result-total');
}
