import { Button, Group, Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from './StatusBadge';

export interface ConflictField {
  /** Key in both `mine` and `theirs`. */
  name: string;
  label: string;
  format?: (value: unknown) => string;
}

export interface ConflictDialogProps {
  opened: boolean;
  fields: ConflictField[];
  /** The user's unsaved edits (only the fields they sent). */
  mine: Record<string, unknown>;
  /** The server's current version. */
  theirs: Record<string, unknown>;
  onReload: () => void;
  onOverwrite: () => void;
  /** Close without choosing: the edits stay in the form. */
  onClose: () => void;
  busy?: boolean;
}

function show(value: unknown, format?: (v: unknown) => string): string {
  if (format) return format(value);
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Shown when a save answered 412: someone else saved this item first. Lays
 * the two versions side by side, field by field, and lets the user keep the
 * other version (reload) or replace it with theirs (overwrite).
 */
export function ConflictDialog({
  opened,
  fields,
  mine,
  theirs,
  onReload,
  onOverwrite,
  onClose,
  busy = false,
}: ConflictDialogProps) {
  const { t } = useTranslation();
  const rows = fields.filter((f) => f.name in mine);
  const clashes = rows.filter((f) => !same(mine[f.name], theirs[f.name])).length;

  return (
    <Modal.Root opened={opened} onClose={onClose} size="lg" centered>
      <Modal.Overlay />
      <Modal.Content>
        {/* A <div>, not Mantine's <header>: a second banner landmark confuses screen readers. */}
        <Modal.Header {...({ component: 'div' } as object)}>
          <Modal.Title fw={600}>{t('conflict.title')}</Modal.Title>
          <Modal.CloseButton aria-label={t('common.close')} />
        </Modal.Header>
        <Modal.Body>
          <Text size="sm" mb="sm">
            {t('conflict.explanation')}
          </Text>
          <Text size="sm" fw={600} mb="xs" role="status">
            {t('conflict.differences', { count: clashes })}
          </Text>
          {/* Focusable so keyboard users can scroll a wide comparison on a phone. */}
          <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('conflict.tableLabel')}>
            <Table
              miw={420}
              withTableBorder
              withColumnBorders
              verticalSpacing="xs"
              aria-label={t('conflict.tableLabel')}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('conflict.field')}</Table.Th>
                  <Table.Th scope="col">{t('conflict.mine')}</Table.Th>
                  <Table.Th scope="col">{t('conflict.theirs')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((f) => {
                  const differs = !same(mine[f.name], theirs[f.name]);
                  return (
                    <Table.Tr key={f.name} data-differs={differs || undefined}>
                      <Table.Th scope="row" fw={500}>
                        {f.label}
                        {differs ? (
                          <>
                            {' '}
                            <StatusBadge tone="warning">{t('conflict.differs')}</StatusBadge>
                          </>
                        ) : null}
                      </Table.Th>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{show(mine[f.name], f.format)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{show(theirs[f.name], f.format)}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
          <Group justify="flex-end" mt="md" gap="sm">
            <Button variant="default" onClick={onReload} disabled={busy}>
              {t('conflict.reload')}
            </Button>
            <Button color="red.8" onClick={onOverwrite} loading={busy}>
              {t('conflict.overwrite')}
            </Button>
          </Group>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
