import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useWrite } from './useWrite';

export interface ListEditorProps<T, D> {
  planId: string;
  items: T[];
  /** A row's identity; include what the server may change so a saved row remounts with it. */
  itemKey: (item: T) => string;
  /** The row's `data-testid` (null: the "new" row). */
  testId?: (item: T | null) => string | undefined;
  /** Heading over the empty row that adds one. */
  newTitle: string;
  addLabel: string;
  /** What the delete confirmation names. */
  name: (item: T) => string;
  toDraft: (item: T | null) => D;
  /** Whether the draft can be sent (the submit button is disabled until it can). */
  isComplete: (draft: D) => boolean;
  /** Create (item null) or update. */
  save: (draft: D, item: T | null) => Promise<unknown>;
  remove: (item: T) => Promise<unknown>;
  /** Caches to refresh after a write. */
  invalidate: QueryKey[];
  fields: (draft: D, set: (patch: Partial<D>) => void, item: T | null) => ReactNode;
}

function Saved({ done }: { done: boolean }) {
  const { t } = useTranslation();
  return done ? (
    <Text size="sm" c="green.9" role="status">
      {t('planEdit.saved')}
    </Text>
  ) : null;
}

function Row<T, D>({ item, onAdded, ...p }: ListEditorProps<T, D> & { item: T | null; onAdded: () => void }) {
  const { t } = useTranslation();
  const write = useWrite(p.planId);
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<D>(() => p.toDraft(item));
  const set = (patch: Partial<D>) => setDraft((d) => ({ ...d, ...patch }));
  const complete = p.isComplete(draft);
  const refresh = () => Promise.all(p.invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!complete) return;
    if (await write.run(() => p.save(draft, item))) {
      await refresh();
      if (!item) onAdded();
    }
  }
  async function remove() {
    if (!item || !window.confirm(t('planEdit.confirmDelete', { name: p.name(item) }))) return;
    if (await write.run(() => p.remove(item))) await refresh();
  }
  return (
    <Card
      withBorder
      padding="sm"
      component="form"
      onSubmit={(e: FormEvent) => void submit(e)}
      data-testid={p.testId?.(item)}
    >
      <Stack gap="xs">
        {p.fields(draft, set, item)}
        <ErrorAlert error={write.error} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={write.pending} disabled={!complete}>
            {item ? t('planEdit.save') : p.addLabel}
          </Button>
          {item ? (
            <Button size="xs" variant="subtle" color="red" c="red.9" onClick={() => void remove()}>
              {t('planEdit.delete')}
            </Button>
          ) : null}
          <Saved done={write.done && !!item} />
        </Group>
      </Stack>
    </Card>
  );
}

/**
 * One editable list of a plan (phases, milestones, channels): a card per item with
 * save and delete, and an empty card that adds one (fresh again after each add).
 */
export function ListEditor<T, D>(props: ListEditorProps<T, D>) {
  const [added, setAdded] = useState(0);
  return (
    <Stack gap="xs">
      {props.items.map((item) => (
        <Row key={props.itemKey(item)} {...props} item={item} onAdded={() => undefined} />
      ))}
      <Text fw={500} size="sm" mt="xs">
        {props.newTitle}
      </Text>
      <Row key={`new-${added}`} {...props} item={null} onAdded={() => setAdded((n) => n + 1)} />
    </Stack>
  );
}
