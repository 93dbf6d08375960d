import type { GetStaticProps } from 'next';
import { HomeLists } from '@/components/home-lists';
import { ListDocument } from '@/components/list-document';
import { SearchForm } from '@/components/search-form';
import type { HomePageData } from '@/lib/site/list-page-data';
import { homePageData } from '@/lib/site/list-page-data';
import { IDS } from '@/lib/ui/ids';

/**
 * The home page: a static page without framework JavaScript, like the list pages it leads to
 * (as an App Router page it carried ~180 KB gzip of Next.js and React that nothing on it uses).
 */
export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<HomePageData> = () => ({ props: homePageData() });

export default function HomePage({ siteName, government, lists, ...frame }: HomePageData) {
  return (
    <ListDocument {...frame}>
      <div className="page">
        <h1 id={IDS.title} tabIndex={-1}>{siteName}</h1>
        <p className="lede">{government}及其部门、区县依法公开的年度报告。</p>
        <SearchForm />
        <HomeLists {...lists} />
        <p className="home-more">
          <a href="/archive">报告归档</a>　<a href="/feed.xml">订阅更新（Atom）</a>
        </p>
      </div>
    </ListDocument>
  );
}
