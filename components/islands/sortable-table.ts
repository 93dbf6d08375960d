import { nextDirection, sortedRowOrder } from '@/lib/ui/sort-rows';
import type { SortType } from '@/lib/ui/sort-rows';
import { all } from './dom';

/**
 * Sort buttons for tables marked data-sortable (the comparison of departments): each column
 * header marked data-sort gets a button; a press sorts the body rows by that column's
 * data-value and sets aria-sort on that header only. Without the script the table is
 * complete in its default order.
 */
export function initSortableTables(): void {
  for (const table of all<HTMLTableElement>('table[data-sortable]')) {
    const body = table.tBodies[0];
    if (!body) continue;
    const headers = all<HTMLTableCellElement>('thead th[data-sort]', table);
    headers.forEach((th, column) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const direction = nextDirection(th.getAttribute('aria-sort'));
        const rows = [...body.rows];
        const values = rows.map((row) => row.cells[column]?.dataset.value ?? '');
        const order = sortedRowOrder(values, (th.dataset.sort as SortType) ?? 'text', direction);
        body.append(...order.map((i) => rows[i]!));
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', direction);
      });
    });
  }
}
