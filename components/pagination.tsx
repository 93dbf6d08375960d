import type { PaginationData } from '@/lib/site/list-page-data';
import { listPagePath } from '@/lib/site/listings';

/** Props of Pagination. */
export type PaginationProps = PaginationData;

/** 分页: previous, every page number (the current one marked) and next, as plain links; nothing for one page. */
export function Pagination({ page, pages, base }: PaginationProps) {
  if (pages <= 1) return null;
  const numbers = Array.from({ length: pages }, (_, i) => i + 1);
  return (
    <nav aria-label="分页" className="pagination">
      <ul>
        {page > 1 ? <li><a href={listPagePath(base, page - 1)} rel="prev">上一页</a></li> : null}
        {numbers.map((n) => (
          <li key={n}>
            <a href={listPagePath(base, n)} aria-current={n === page ? 'page' : undefined} aria-label={`第${n}页`}>{n}</a>
          </li>
        ))}
        {page < pages ? <li><a href={listPagePath(base, page + 1)} rel="next">下一页</a></li> : null}
      </ul>
      <p className="pagination-status">第 {page} 页，共 {pages} 页</p>
    </nav>
  );
}
