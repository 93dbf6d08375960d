import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content';
import { formatProblem } from '@/lib/report';
import { tempDir } from '../../temp-dir';

const ROOT = process.cwd();

/** A copy of content/ whose site.yaml is `yaml`. */
function withSite(yaml: string): string {
  const dir = tempDir('site');
  cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  writeFileSync(path.join(dir, 'content/site.yaml'), `${yaml}${ISSUERS}`);
  return dir;
}

/** The issuers list every site.yaml needs (the copied report's issuer). */
const ISSUERS = 'issuers:\n  - { name: 梧州市人民政府, slug: wuzhou, type: 政府 }\n';

const BASE = 'siteName: 示例市人民政府 年度报告\ngovernment: 示例市人民政府\norigin: https://www.example.gov.cn\n';

describe('site identity in content/site.yaml', () => {
  it('refuses a placeholder value, naming the line and saying to leave the line out instead', () => {
    const dir = withSite(`${BASE}icp: 桂ICP备00000000号\naddress: 广西壮族自治区示例市（详细地址待填写）\n`);
    expect(checkContent(dir).problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      'content/site.yaml:4:1: icp: “桂ICP备00000000号”是一串 0，像是占位值：请填写正式信息，不知道时删去这一行（页面上就不显示这一项）',
      'content/site.yaml:5:1: address: “广西壮族自治区示例市（详细地址待填写）”含有“待填写”，像是占位值：请填写正式信息，不知道时删去这一行（页面上就不显示这一项）',
    ]);
  });

  it('refuses a value not in its official format', () => {
    const dir = withSite(`${BASE}siteIdCode: "45040"\npolice: 桂公网安备 4504号\n`);
    expect(checkContent(dir).problems.filter((p) => p.severity === 'error').map((p) => `${p.field}: ${p.message}`)).toEqual([
      'siteIdCode: 政府网站标识码为 10 位数字或字母，请照政府网站主管部门下发的填写',
      'police: 公网安备号的格式如“桂公网安备 45040302000123号”（14 位数字）',
    ]);
  });

  it('shows how an ICP number and a phone number are written when they are written otherwise', () => {
    const dir = withSite(`${BASE}icp: 桂ICP备案12345678号\nphone: 电话 0774-1234567\n`);
    expect(checkContent(dir).problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      'content/site.yaml:4:1: icp: ICP备案号的格式如“桂ICP备12345678号”或“桂ICP备12345678号-1”',
      'content/site.yaml:5:1: phone: 联系电话只写号码，例如 0774-1234567',
    ]);
  });

  it('accepts official-looking values and warns about nothing when all are given', () => {
    const dir = withSite(`${BASE}siteIdCode: "4599000017"\nicp: 桂ICP备12345678号-1\npolice: 桂公网安备 45990102000123号\n`
      + 'sponsor: 示例市人民政府办公室\norganizer: 示例市大数据发展局\naddress: 示例市示例路 1 号\nphone: 0774-1234567\n');
    const result = checkContent(dir);
    expect(result.problems.filter((p) => p.file === 'content/site.yaml')).toEqual([]);
    expect(result.site?.icp).toBe('桂ICP备12345678号-1');
  });

  it('warns, without failing, about each identity value left out', () => {
    const dir = withSite(`${BASE}sponsor: 示例市人民政府办公室\nphone: 0774-1234567\n`);
    const problems = checkContent(dir).problems.filter((p) => p.file === 'content/site.yaml');
    expect(problems.map(formatProblem)).toEqual([
      'content/site.yaml:1:1: 网站标识: （警告）未填写承办单位（organizer）、地址（address）、网站标识码（siteIdCode）、ICP备案号（icp）、公网安备号（police）：页面上不显示这些项，而政府网站检查要求每页页脚都有；请向网站主管部门取得正式信息后填入',
    ]);
  });

  it('the committed configuration holds no invented value', () => {
    const values = readFileSync(path.join(ROOT, 'content/site.yaml'), 'utf8').split('\n').filter((l) => !l.startsWith('#'));
    expect(values.join('\n')).not.toMatch(/0{7}|待填写|placeholders/);
    expect(checkContent(ROOT).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
