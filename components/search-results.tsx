'use client';

import { useEffect, useState } from 'react';

interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  anchor?: Anchor;
}

/** A matching part of a report: its section, the heading matched under, and the excerpt. */
interface Section {
  url: string;
  section: string;
  title: string;
  excerpt: string;
}

interface Hit {
  url: string;
  title: string;
  excerpt: string;
  sections: Section[];
}

interface PagefindResult {
  data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string; sub_results: SubResult[]; anchors?: Anchor[] }>;
}

interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

/** The search index and its code, built by `npm run index` and served by the portal itself. */
const PAGEFIND_URL = '/pagefind/pagefind.js';

/** Pagefind writes page URLs as files (x.html); the site serves them without the suffix. */
const cleanUrl = (url: string) => url.replace(/\.html(?=#|$)/, '');

const plain = (html: string) => html.replace(/<[^>]+>/g, '');

/** The matching parts of a report, best first, each named with the section it belongs to. */
function rankSections(query: string, subResults: SubResult[], anchors: Anchor[]): Section[] {
  const sectionHeadings = anchors.filter((a) => a.element === 'h2').sort((a, b) => a.location - b.location);
  const sectionOf = (sub: SubResult) =>
    sectionHeadings.filter((h) => h.location <= (sub.anchor?.location ?? 0)).at(-1)?.text ?? '';
  return subResults
    .filter((sub) => sub.url.includes('#'))
    .map((sub) => ({
      sub,
      exact: plain(sub.excerpt).includes(query) || sub.title.includes(query) ? 1 : 0,
      hits: sub.locations?.length ?? 0,
    }))
    .sort((a, b) => b.exact - a.exact || b.hits - a.hits)
    .slice(0, 5)
    .map(({ sub }) => ({
      url: cleanUrl(sub.url),
      section: sub.anchor?.element === 'h2' ? '' : sectionOf(sub),
      title: sub.title,
      excerpt: sub.excerpt,
    }));
}

type State = { status: 'idle' } | { status: 'loading'; query: string } | { status: 'done'; query: string; hits: Hit[] } | { status: 'error' };

/** What the search page says when searching fails. */
export function SearchUnavailable() {
  return <p className="search-status" role="alert">搜索暂时不可用，请稍后再试，或从<a href="/archive">报告归档</a>中查找。</p>;
}

/** Runs the query in ?q= against the site's own Pagefind index and lists the results. */
export function SearchResults() {
  const [state, setState] = useState<State>({ status: 'idle' });

  useEffect(() => {
    const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    const input = document.getElementById('search-query') as HTMLInputElement | null;
    if (input) input.value = query;
    if (!query) return;
    setState({ status: 'loading', query });
    (async () => {
      const pagefind: Pagefind = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL);
      const { results } = await pagefind.search(query);
      const hits = await Promise.all(
        results.slice(0, 20).map(async (r) => {
          const data = await r.data();
          return {
            url: cleanUrl(data.url),
            title: data.meta.title ?? data.url,
            excerpt: data.excerpt,
            sections: rankSections(query, data.sub_results, data.anchors ?? []),
          };
        }),
      );
      setState({ status: 'done', query, hits });
    })().catch(() => setState({ status: 'error' }));
  }, []);

  if (state.status === 'idle') return <p className="search-status">请输入要查找的词语，例如“行政复议”“营商环境”。</p>;
  if (state.status === 'error') return <SearchUnavailable />;
  if (state.status === 'loading') return <p className="search-status" role="status">正在搜索“{state.query}”……</p>;
  return (
    <div className="search-results">
      <p className="search-status" role="status">
        “{state.query}”共找到 {state.hits.length} 份报告。
      </p>
      <ol>
        {state.hits.map((hit) => (
          <li key={hit.url}>
            <h2 className="search-hit-title">
              <a href={hit.url}>{hit.title}</a>
            </h2>
            {hit.sections.length > 0 ? (
              <ul className="search-sections">
                {hit.sections.map((s) => (
                  <li key={s.url}>
                    <a href={s.url}>
                      {s.section ? `${s.section} › ` : ''}
                      {s.title}
                    </a>
                    {/* Pagefind's excerpt is our own page text, escaped, with <mark> around the match. */}
                    <p className="search-excerpt" dangerouslySetInnerHTML={{ __html: s.excerpt }} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="search-excerpt" dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
