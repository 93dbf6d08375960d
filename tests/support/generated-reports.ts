/**
 * Generated content for the test site and the build benchmark (never for content/): many
 * invented issuers, both yearly kinds, several years. A 年报 is the fixture 年报 with every
 * table value multiplied by a whole number (so every 勾稽关系 still holds and departments
 * differ); a 法治政府建设 report is the real report under another issuer and year.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** An invented issuer, as content/site.yaml lists it. */
export interface GeneratedIssuer {
  name: string;
  slug: string;
  type: '政府' | '部门' | '区县';
  parent?: string;
}

const DEPARTMENTS = [
  ['教育局', 'jyj'], ['公安局', 'gaj'], ['民政局', 'mzj'], ['司法局', 'sfj'], ['财政局', 'czj'],
  ['人力资源和社会保障局', 'rsj'], ['自然资源局', 'zrzyj'], ['生态环境局', 'sthjj'], ['住房和城乡建设局', 'zjj'],
  ['交通运输局', 'jtysj'], ['水利局', 'slj'], ['农业农村局', 'nyncj'], ['商务局', 'swj'], ['文化广电和旅游局', 'wglj'],
  ['卫生健康委员会', 'wjw'], ['应急管理局', 'yjglj'], ['审计局', 'sjj'], ['市场监督管理局', 'scjgj'], ['统计局', 'tjj'],
  ['医疗保障局', 'ybj'],
] as const;
const COUNTIES = [['甲区', 'jiaqu'], ['乙区', 'yiqu'], ['丙县', 'bingxian'], ['丁县', 'dingxian']] as const;

/** The government the generated issuers belong to: the fixture 年报's issuer. */
export const GENERATED_PARENT: GeneratedIssuer = { name: '示例市人民政府', slug: 'shili', type: '政府' };

/** 20 departments and 4 districts and counties of 示例市. */
export const GENERATED_ISSUERS: readonly GeneratedIssuer[] = [
  ...DEPARTMENTS.map(([name, slug]): GeneratedIssuer => ({ name: `示例市${name}`, slug: `shili-${slug}`, type: '部门', parent: 'shili' })),
  ...COUNTIES.map(([name, slug]): GeneratedIssuer => ({ name: `示例市${name}人民政府`, slug: `shili-${slug}`, type: '区县', parent: 'shili' })),
];

/** One generated report: its file name and text. */
export interface GeneratedReport {
  file: string;
  text: string;
}

/** Front matter fields replaced in a seed report. */
function withMeta(seed: string, meta: Record<string, string | number>): string {
  let text = seed;
  for (const [key, value] of Object.entries(meta)) text = text.replace(new RegExp(`^${key}: .*$`, 'm'), `${key}: ${value}`);
  return text;
}

/** Every whole-number table cell multiplied by k: sums stay sums. */
const scaleTables = (text: string, k: number) => text.replace(/(?<=\| )\d+(?= \|)/g, (n) => String(Number(n) * k));

/**
 * `count` reports, cycling through the issuers, then the kinds (法治, 年报), then the years
 * (newest first, from `lastYear`); `skip(issuer, year, kind)` leaves a report out (not yet
 * published). File names and slugs start with `generated-`.
 */
export function generateReports(root: string, count: number, options: { lastYear?: number; skip?: (issuer: number, year: number, kind: 'fzzf' | 'xxgk') => boolean } = {}): GeneratedReport[] {
  const { lastYear = 2023, skip = () => false } = options;
  const fzzf = readFileSync(path.join(root, 'content/reports/wuzhou-2023.md'), 'utf8');
  const xxgk = readFileSync(path.join(root, 'tests/fixtures/disclosure/shili-2023.md'), 'utf8');
  const reports: GeneratedReport[] = [];
  for (let n = 0; reports.length < count; n++) {
    const issuerIndex = n % GENERATED_ISSUERS.length;
    const issuer = GENERATED_ISSUERS[issuerIndex]!;
    const kind = Math.floor(n / GENERATED_ISSUERS.length) % 2 === 0 ? 'fzzf' : 'xxgk';
    const year = lastYear - Math.floor(n / (GENERATED_ISSUERS.length * 2));
    if (year < 1990) break;
    if (skip(issuerIndex, year, kind)) continue;
    const slug = `generated-${issuer.slug}-${kind}-${year}`;
    const text = kind === 'fzzf'
      ? withMeta(fzzf, { title: `${issuer.name}${year}年度法治政府建设工作报告`, year, issuer: issuer.name, source: issuer.name, published: `${year + 1}-03-${String(10 + (issuerIndex % 18)).padStart(2, '0')} 09:00`, slug })
      : scaleTables(withMeta(xxgk, { title: `${issuer.name}${year}年政府信息公开工作年度报告`, year, issuer: issuer.name, source: issuer.name, published: `${year + 1}-01-${String(5 + (issuerIndex % 20)).padStart(2, '0')} 10:00`, slug }), 1 + (issuerIndex % 7));
    reports.push({ file: `${slug}.md`, text });
  }
  return reports;
}

/** Adds the generated issuers (and their government) to a copy's content/site.yaml, whose last key is `issuers`. */
export function listGeneratedIssuers(dir: string): void {
  const line = (i: GeneratedIssuer) => `  - { name: ${i.name}, slug: ${i.slug}, type: ${i.type}${i.parent ? `, parent: ${i.parent}` : ''} }\n`;
  appendFileSync(path.join(dir, 'content/site.yaml'), [GENERATED_PARENT, ...GENERATED_ISSUERS].map(line).join(''));
}

/** Writes reports into a copy's content/reports. */
export function writeReports(dir: string, reports: readonly GeneratedReport[]): void {
  for (const r of reports) writeFileSync(path.join(dir, 'content/reports', r.file), r.text);
}
