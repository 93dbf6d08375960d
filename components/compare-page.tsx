import type { ComparePageData } from '@/lib/site/list-page-data';
import { DisclosureTable } from './disclosure-table';
import { ListFrame } from './list-frame';

/** Props of ComparePage. */
export type ComparePageProps = Pick<ComparePageData, 'crumbs' | 'title' | 'year' | 'rows' | 'missing' | 'csv'>;

/** One year's 年报 of every department side by side, sortable, with the same data as CSV. */
export function ComparePage({ crumbs, title, year, rows, missing, csv }: ComparePageProps) {
  return (
    <ListFrame crumbs={crumbs} title={title} lede={`${year}年度各发布机关政府信息公开工作年度报告的主要数据，取自报告中全国统一格式的表格。`}>
      <DisclosureTable id="compare" caption={`${year}年度各发布机关政府信息公开工作年度报告主要数据`} labelHeading="发布机关" rows={rows} />
      <p className="table-note">
        默认按发布机关排列（本级政府、区县、部门）；点击列标题可按该列排序。比例和纠正率为计算所得：予以公开比例＝予以公开÷办理结果总计，
        纠正率＝复议和诉讼结果纠正÷复议和诉讼总计。“—”表示报告中没有这一项。点击机关名称打开其报告。
      </p>
      <p><a href={csv} download>下载 CSV 表格</a>（历年全部数据，每份年报一行，含年度列；UTF-8，可用 Excel 或 WPS 打开）</p>
      {missing.length > 0 ? (
        <section aria-labelledby="compare-missing">
          <h2 id="compare-missing">尚未发布{year}年度年报的机关</h2>
          <ul className="issuer-list">{missing.map((m) => <li key={m.href}><a href={m.href}>{m.name}</a></li>)}</ul>
        </section>
      ) : null}
    </ListFrame>
  );
}
