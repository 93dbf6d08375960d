import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportList } from '@/components/report-list';
import { getReports } from '@/lib/content';
import { IDS } from '@/lib/ui/ids';

// No robots entry: Next.js marks the not-found page noindex itself, and a second tag conflicts.
export const metadata: Metadata = { title: '页面不存在' };

export default function NotFound() {
  return (
    <div className="page">
      <h1 id={IDS.title} tabIndex={-1}>页面不存在</h1>
      <p className="lede">您要找的页面不存在，可能已被移动，或地址输入有误。</p>
      <p>
        您可以<Link href="/">返回首页</Link>，或从下面的报告中选择：
      </p>
      {/* Only the newest few: this page's data travels with every page, so a full list would grow the build quadratically. */}
      <ReportList reports={getReports().slice(0, 5)} />
      <p>
        <Link href="/archive">查看全部报告</Link>
      </p>
    </div>
  );
}
