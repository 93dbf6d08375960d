'use client';

import { useEffect, useState } from 'react';
import type { Anchor, PageMatch } from '@/lib/search/phrase';
import { matchPage, queryTerms, termWords } from '@/lib/search/phrase';

interface PagefindResult {
  data: () => Promise<{ url: string; meta: { title?: string }; content: string; anchors?: Anchor[] }>;
}

interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
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

/** Pagefind writes page URLs as files (x.html); the site serves them without the suffix. */
const cleanUrl = (url: string) => url.replace(/\.html(?=#|$)/, '');

type State =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'done'; query: string; hits: Hit[]; words: string[] }
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
    const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    const input = document.getElementById('search-query') as HTMLInputElement | null;
    if (input) input.value = query;
    if (!query) return;
    setState({ status: 'loading', query });
    (async () => {
      const terms = queryTerms(query);
      const words = termWords(terms);
      const pagefind: Pagefind = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL);
      const { results } = await pagefind.search(query);
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
  if (state.status === 'loading') return <p className="search-status" role="status">正在搜索“{state.query}”……</p>;
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
