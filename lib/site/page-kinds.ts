/**
 * The kinds of page a 政府网站 inspection tells apart (《政府网站发展指引》 网页设计规范):
 * the home page, column pages (栏目页) and article pages (文章页); `other` is the 404 page.
 * Each kind carries its own set of identity tags.
 */
export type PageKind = 'home' | 'column' | 'article' | 'other';

const COLUMN_PATHS = new Set(['/reports', '/archive', '/search', '/accessibility', '/issuers']);

/** The list pages: an issuer's, a kind's, a year's (each with later pages /2, /3 …) and a year's comparison. */
const LIST_PAGE = /^\/(?:issuers\/[^/]+|kinds\/[^/]+|years\/\d{4})(?:\/\d+)?$|^\/compare\/\d{4}$/;

/** The kind of the page at a site path. */
export function pageKindOf(pathname: string): PageKind {
  if (pathname === '/') return 'home';
  if (COLUMN_PATHS.has(pathname) || LIST_PAGE.test(pathname)) return 'column';
  if (/^\/reports\/[^/]+(?:\/figures)?$/.test(pathname)) return 'article';
  return 'other';
}
