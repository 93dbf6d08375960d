import type { GetStaticProps } from 'next';
import { PageHead } from '@/components/page-head';
import { SiteShell } from '@/components/site-shell';
import type { ErrorPageData } from '@/lib/site/page-data';
import { errorPageData } from '@/lib/site/page-data';
import { IDS } from '@/lib/ui/ids';

/** The server-error page, in Chinese and without framework JavaScript like the report page. */
export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<ErrorPageData> = () => ({ props: errorPageData() });

export default function ServerError({ head, site, scriptSrc, problems }: ErrorPageData) {
  return (
    <SiteShell site={site} scriptSrc={scriptSrc} problems={problems}>
      <PageHead tags={head} />
      <div className="page">
        <h1 id={IDS.title} tabIndex={-1}>服务暂时出错</h1>
        <p className="lede">网站暂时无法显示这个页面，请稍后刷新重试。</p>
        <p>
          您也可以<a href="/">返回首页</a>，或从<a href="/archive">报告归档</a>中查找报告。
        </p>
      </div>
    </SiteShell>
  );
}
