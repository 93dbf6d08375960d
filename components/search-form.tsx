/** Props of SearchForm. */
export interface SearchFormProps {
  /** Heading-free compact form for the home page, or the main form of /search. */
  autoFocus?: boolean;
}

/** A plain GET search form: works without JavaScript, results show on /search. */
export function SearchForm({ autoFocus = false }: SearchFormProps) {
  return (
    <form role="search" action="/search" method="get" className="search-form" aria-label="站内搜索">
      <label htmlFor="search-query" className="control-label">搜索报告</label>
      <input id="search-query" name="q" type="search" className="search-input" autoComplete="off" autoFocus={autoFocus} />
      <button type="submit" className="chip">搜索</button>
    </form>
  );
}
