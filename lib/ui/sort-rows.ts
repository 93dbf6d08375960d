/** How a column sorts: as numbers (blank last) or as Chinese text. */
export type SortType = 'number' | 'text';

/** A sort direction, as aria-sort names it. */
export type SortDirection = 'ascending' | 'descending';

/**
 * The order of rows sorted by one column's values (each row's data-value): numbers by value
 * with blank values (none in the report) always last, text by Chinese collation; equal values
 * keep their order. Returns row indices.
 */
export function sortedRowOrder(values: readonly string[], type: SortType, direction: SortDirection): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const rows = values.map((value, index) => ({ value, index, blank: value.trim() === '' || (type === 'number' && !Number.isFinite(Number(value))) }));
  return rows.sort((a, b) => {
    if (a.blank !== b.blank) return a.blank ? 1 : -1;
    if (a.blank) return a.index - b.index;
    const order = type === 'number' ? Number(a.value) - Number(b.value) : a.value.localeCompare(b.value, 'zh-CN');
    return sign * order || a.index - b.index;
  }).map((r) => r.index);
}

/** The direction a header's sort button gives next: ascending first, then the other way. */
export function nextDirection(current: string | null): SortDirection {
  return current === 'ascending' ? 'descending' : 'ascending';
}
