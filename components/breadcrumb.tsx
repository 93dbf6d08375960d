import Link from 'next/link';

/** One step of the breadcrumb; the last one is the current page. */
export interface Crumb {
  label: string;
  href: string;
}

/** Props of Breadcrumb. */
export interface BreadcrumbProps {
  crumbs: Crumb[];
}

/** 当前位置：首页 › … as a labelled navigation landmark with an ordered list. */
export function Breadcrumb({ crumbs }: BreadcrumbProps) {
  return (
    <nav aria-label="当前位置" className="breadcrumb">
      <span className="breadcrumb-label">当前位置：</span>
      <ol>
        {crumbs.map((crumb, i) => (
          <li key={crumb.href + crumb.label}>
            {i === crumbs.length - 1 ? (
              <a href={crumb.href} aria-current="page">{crumb.label}</a>
            ) : (
              <Link href={crumb.href}>{crumb.label}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
