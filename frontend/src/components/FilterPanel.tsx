import { useId, useState, type ReactNode } from 'react';
import { Badge, Button, Collapse } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** The width under which filters fold away behind the "Bộ lọc" button. */
export const NARROW = '(max-width: 48em)';

export function useNarrow(): boolean {
  // Read at once (not after an effect): a phone must not flash the open filters first.
  return useMediaQuery(NARROW, false, { getInitialValueInEffect: false }) ?? false;
}

/**
 * Filters that fold away on a phone: a "Bộ lọc" button carrying the number of filters
 * in force, so the first item of the list shows without scrolling; on wider screens
 * the filters stay in view and the button is not there.
 */
export function FilterPanel({ active, children }: { active: number; children: ReactNode }) {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!narrow) return <>{children}</>;
  return (
    <>
      <Button
        variant="default"
        onClick={() => setOpen((v) => !v)}
        aria-expanded={open}
        aria-controls={id}
        data-testid="filters-toggle"
        aria-label={active ? t('web2.filters.buttonActive', { count: active }) : undefined}
        rightSection={
          active ? (
            <Badge size="sm" circle variant="filled" color="civic" aria-hidden="true" data-testid="filters-count">
              {active}
            </Badge>
          ) : null
        }
      >
        {t('web2.filters.button')}
      </Button>
      <Collapse in={open} id={id} w="100%">
        {children}
      </Collapse>
    </>
  );
}
