/** The choices of the search filters: every issuer, kind and year that has a report. */
export interface SearchFilterOptions {
  issuers: string[];
  kinds: string[];
  years: number[];
}

/** Props of SearchForm. */
export interface SearchFormProps {
  /** Heading-free compact form for the home page, or the main form of /search. */
  autoFocus?: boolean;
  /** Filter by issuer, kind and year (the /search page); none on the home page. */
  filters?: SearchFilterOptions;
}

/** The search filters: the URL parameter of each, its label and its options. */
export const SEARCH_FILTERS = [
  { key: 'issuer', label: '发布机关' },
  { key: 'kind', label: '类别' },
  { key: 'year', label: '年度' },
] as const;

/**
 * A plain GET search form: works without JavaScript, results show on /search. On /search it
 * also holds the filters (plain selects named issuer, kind and year), so a filter travels in
 * the URL with the words and works with or without them.
 */
export function SearchForm({ autoFocus = false, filters }: SearchFormProps) {
  const options = filters ? { issuer: filters.issuers, kind: filters.kinds, year: filters.years.map(String) } : null;
  return (
    <form role="search" action="/search" method="get" className="search-form" aria-label="站内搜索">
      <label htmlFor="search-query" className="control-label">搜索报告</label>
      <input id="search-query" name="q" type="search" className="search-input" autoComplete="off" autoFocus={autoFocus} />
      {options ? (
        <fieldset className="search-filters">
          <legend>筛选</legend>
          {SEARCH_FILTERS.map(({ key, label }) => (
            <span key={key} className="search-filter">
              <label htmlFor={`search-${key}`}>{label}</label>
              <select id={`search-${key}`} name={key} defaultValue="">
                <option value="">全部</option>
                {options[key].map((value) => <option key={value} value={value}>{key === 'year' ? `${value}年度` : value}</option>)}
              </select>
            </span>
          ))}
        </fieldset>
      ) : null}
      <button type="submit" className="chip">搜索</button>
    </form>
  );
}
