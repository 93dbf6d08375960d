'use client';

import { useEffect, useState } from 'react';
import type { Anchor, PageMatch } from '@/lib/search/phrase';
import { matchPage, queryTerms, termWords } from '@/lib/search/phrase';
import { SEARCH_FILTERS } from './search-form';

interface PagefindResult {
  data: () => Promise<{ url: string; meta: { title?: string }; content: string; anchors?: Anchor[] }>;
}

interface Pagefind {
  search: (query: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

/** A report that matches, with the parts of it where the phrase occurs. */
interface Hit {
  url: string;
  title: string;
  match: PageMatch;
}

/** The search index and its code, built by `npm run index` and served by the portal itself. */
const PAGEFIND_URL = '/pagefind/pagefind.js';

/** Pagefind's candidates read in full; it matches single characters, so there can be many. */
const CANDIDATES = 60;

/** Reports listed for filters alone (no words). */
const LISTED = 50;

/** The filters of the URL (?issuer=&kind=&year=, from the search form's selects) that are set. */
function urlFilters(params: URLSearchParams): Record<string, string> {
  return Object.fromEntries(SEARCH_FILTERS.flatMap(({ key }) => {
    const value = params.get(key)?.trim();
    return value ? [[key, value]] : [];
  }));
}

/** Pagefind writes page URLs as files (x.html); the site serves them without the suffix. */
const cleanUrl = (url: string) => url.replace(/\.html(?=#|$)/, '');

type State =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'done'; query: string; hits: Hit[]; words: string[] }
  | { status: 'listed'; pages: { url: string; title: string }[]; more: boolean }
  | { status: 'error' };

/** What the search page says when searching fails. */
export function SearchUnavailable() {
  return <p className="search-status" role="alert">搜索暂时不可用，请稍后再试，或从<a href="/archive">报告归档</a>中查找。</p>;
}

/**
 * Runs the query in ?q= against the site's own Pagefind index, keeps the reports holding
 * every term as a phrase (failing that, every word of it), most occurrences first.
 */
export function SearchResults() {
  const [state, setState] = useState<State>({ status: 'idle' });

  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const query = params.get('q')?.trim() ?? '';
    const filters = urlFilters(params);
    const input = document.getElementById('search-query') as HTMLInputElement | null;
    if (input) input.value = query;
    for (const [key, value] of Object.entries(filters)) {
      const select = document.getElementById(`search-${key}`) as HTMLSelectElement | null;
      if (select && [...select.options].some((o) => o.value === value)) select.value = value;
    }
    if (!query && Object.keys(filters).length === 0) return;
    setState({ status: 'loading', query });
    (async () => {
      const pagefind: Pagefind = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL);
      if (!query) {
        // Filters alone: every report they select, as a list.
        const { results } = await pagefind.search(null, { filters });
        const pages = await Promise.all(results.slice(0, LISTED).map((r) => r.data()));
        setState({ status: 'listed', pages: pages.map((p) => ({ url: cleanUrl(p.url), title: p.meta.title ?? p.url })), more: results.length > LISTED });
        return;
      }
      const terms = queryTerms(query);
      const words = termWords(terms);
      const { results } = await pagefind.search(query, { filters });
      const pages = await Promise.all(results.slice(0, CANDIDATES).map((r) => r.data()));
      const matched = pages.flatMap((data) => {
        const match = matchPage(data.content, data.anchors ?? [], terms, words);
        return match ? [{ url: cleanUrl(data.url), title: data.meta.title ?? data.url, match }] : [];
      });
      const phrase = matched.filter((hit) => hit.match.kind === 'phrase');
      const hits = (phrase.length > 0 ? phrase : matched).sort((a, b) => b.match.count - a.match.count).slice(0, 20);
      setState({ status: 'done', query, hits, words: phrase.length > 0 ? [] : words });
    })().catch(() => setState({ status: 'error' }));
  }, []);

  if (state.status === 'idle') return <p className="search-status">请输入要查找的词语，例如“行政复议”“营商环境”。</p>;
  if (state.status === 'error') return <SearchUnavailable />;
  if (state.status === 'loading') return <p className="search-status" role="status">{state.query ? `正在搜索“${state.query}”……` : '正在查找……'}</p>;
  if (state.status === 'listed') {
    if (state.pages.length === 0) return <p className="search-status" role="status">没有符合筛选条件的报告。</p>;
    return (
      <div className="search-results">
        <p className="search-status" role="status">
          {state.more ? `符合筛选条件的报告超过 ${LISTED} 份，以下是其中 ${LISTED} 份；请输入词语或增加筛选条件。` : `符合筛选条件的报告共 ${state.pages.length} 份。`}
        </p>
        <ol>{state.pages.map((p) => <li key={p.url}><h2 className="search-hit-title"><a href={p.url}>{p.title}</a></h2></li>)}</ol>
      </div>
    );
  }
  if (state.hits.length === 0) {
    return (
      <p className="search-status" role="status">
        没有找到包含“{state.query}”的报告。请检查用字，换一个说法，或从<a href="/archive">报告归档</a>中按年度查找。
      </p>
    );
  }
  const total = state.hits.reduce((n, hit) => n + hit.match.count, 0);
  return (
    <div className="search-results">
      <p className="search-status" role="status">
        {state.words.length > 0
          ? `没有找到完整的“${state.query}”。以下 ${state.hits.length} 份报告包含其中的全部词语（${state.words.join('、')}），但不相连。`
          : `“${state.query}”共找到 ${state.hits.length} 份报告，${total} 处。`}
      </p>
      <ol>
        {state.hits.map((hit) => (
          <li key={hit.url}>
            <h2 className="search-hit-title">
              <a href={hit.url}>{hit.title}</a>
            </h2>
            <ul className="search-sections">
              {hit.match.hits.slice(0, 5).map((part) => (
                <li key={part.id}>
                  <a href={part.id ? `${hit.url}#${part.id}` : hit.url}>
                    {part.section ? `${part.section} › ` : ''}
                    {part.title || hit.title}
                  </a>
                  <span className="search-count">（{part.count} 处）</span>
                  {/* Our own page text, escaped by markedExcerpt, with <mark> around each match. */}
                  <p className="search-excerpt" dangerouslySetInnerHTML={{ __html: part.excerpt }} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
