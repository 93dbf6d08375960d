import type { IssuerPageData } from '@/lib/site/list-page-data';
import { DisclosureTable } from './disclosure-table';
import { EntryGroups } from './entry-groups';
import { ListFrame } from './list-frame';

/** Props of IssuerPage. */
export type IssuerPageProps = Pick<IssuerPageData, 'crumbs' | 'title' | 'issuer' | 'groups' | 'pagination' | 'total' | 'disclosures'>;

/** 发布机关 page: its reports by year (both kinds), and its 年报 key rows across years. */
export function IssuerPage({ crumbs, title, issuer, groups, pagination, total, disclosures }: IssuerPageProps) {
  const lede = (
    <>
      {issuer.type === '部门' ? '部门' : issuer.type === '区县' ? '区县人民政府' : '人民政府'}
      {issuer.parent ? <>，隶属<a href={issuer.parent.href}>{issuer.parent.name}</a></> : null}
      。已发布报告 {total} 份，按年度排列，最新的在前。
    </>
  );
  return (
    <ListFrame crumbs={crumbs} title={title} lede={lede} pagination={pagination}>
      {disclosures.length > 0 ? (
        <section aria-labelledby="issuer-disclosures">
          <h2 id="issuer-disclosures">政府信息公开工作年度报告主要数据（历年）</h2>
          <DisclosureTable id="years" caption={`${issuer.name}历年政府信息公开工作年度报告主要数据`} labelHeading="年度" rows={disclosures} />
          <p className="table-note">数据取自各年度报告中全国统一格式的表格；比例和纠正率为计算所得。点击年度打开该年度的报告。</p>
        </section>
      ) : null}
      <EntryGroups groups={groups} hideIssuer empty="尚未发布报告。" />
    </ListFrame>
  );
}
