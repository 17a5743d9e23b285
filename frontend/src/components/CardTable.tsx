import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { Table } from '@mantine/core';
import { useNarrow } from './FilterPanel';
import classes from './CardTable.module.css';

/**
 * A table on a wide screen, a stack of cards on a phone: each row becomes a card,
 * each cell a line led by its column's header (copied into `data-label`, so the
 * table's markup and its screen-reader semantics stay as they are).
 */
export function CardTable({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  const narrow = useNarrow();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!narrow || !ref.current) return;
    for (const table of ref.current.querySelectorAll('table')) {
      const headers = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent?.trim() ?? '');
      for (const row of table.querySelectorAll('tbody tr')) {
        Array.from(row.children).forEach((cell, i) => {
          const label = headers[i] ?? '';
          if (label) cell.setAttribute('data-label', label);
          else cell.removeAttribute('data-label');
        });
      }
    }
  });
  if (!narrow) return <Table.ScrollContainer minWidth={minWidth}>{children}</Table.ScrollContainer>;
  return (
    <div ref={ref} className={classes.cards} data-testid="card-table">
      {children}
    </div>
  );
}
