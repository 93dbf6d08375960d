import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PrintColophon } from '@/components/print-colophon';
import { SiteFooter } from '@/components/site-footer';
import type { SiteConfig } from '@/lib/content';
import { parseReport } from '@/lib/report';

const BASE: SiteConfig = { siteName: '示例市人民政府 年度报告', government: '示例市人民政府', origin: 'https://www.example.gov.cn', issuers: [] };
const FULL: SiteConfig = {
  ...BASE, siteIdCode: '4599000017', icp: '桂ICP备12345678号-1', police: '桂公网安备 45990102000123号',
  sponsor: '示例市人民政府办公室', organizer: '示例市大数据发展局', address: '示例市示例路1号', phone: '0774-1234567',
};

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('the site footer', () => {
  it('shows every identity value, the ICP number linked to the MIIT filing site and the police number to its record', () => {
    const html = renderToStaticMarkup(createElement(SiteFooter, { site: FULL }));
    expect(text(html)).toContain('主办单位：示例市人民政府办公室　承办单位：示例市大数据发展局');
    expect(text(html)).toContain('地址：示例市示例路1号　联系电话：0774-1234567');
    expect(text(html)).toContain('网站标识码：4599000017　桂ICP备12345678号-1　桂公网安备 45990102000123号');
    expect(html).toContain('<a href="https://beian.miit.gov.cn/" rel="noopener noreferrer">桂ICP备12345678号-1</a>');
    expect(html).toContain('href="https://beian.mps.gov.cn/#/query/webSearch?code=45990102000123"');
  });

  it('leaves out what is not known, label and all', () => {
    const html = renderToStaticMarkup(createElement(SiteFooter, { site: { ...BASE, sponsor: '示例市人民政府办公室', phone: '0774-1234567' } }));
    expect(text(html)).toContain('主办单位：示例市人民政府办公室');
    expect(text(html)).toContain('联系电话：0774-1234567');
    for (const absent of ['承办单位', '地址', '网站标识码', 'ICP', '公网安备', 'undefined']) expect(text(html)).not.toContain(absent);
  });

  it('the print colophon names the site identity only as far as it is known', () => {
    const { meta } = parseReport('---\ntitle: 示例\nyear: 2023\nissuer: 示例市人民政府\nsource: 示例市司法局\npublished: 2024-01-21 08:55\ncolumns: [年度报告]\nslug: s\n---\n\n引言。\n\n## 一、甲\n\n正文。\n');
    const colophon = (site: SiteConfig) => text(renderToStaticMarkup(createElement(PrintColophon, { meta, site, url: 'https://www.example.gov.cn/reports/s' })));
    expect(colophon(FULL)).toContain('示例市人民政府 年度报告　网站标识码：4599000017　桂ICP备12345678号-1');
    expect(colophon(BASE)).toContain('发布时间：2024-01-21 08:55示例市人民政府 年度报告');
    expect(colophon(BASE)).not.toMatch(/网站标识码|ICP|undefined/);
  });
});
