import { useState } from 'react';
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { StatusBadge, type Tone } from '../../components/StatusBadge';
import { formatDate, formatDateTime } from '../../lib/formatDate';
import { reportKeys, reportRights, urgeMissing, useBoard } from './api';

const TONES: Record<string, Tone> = {
  missing: 'danger',
  draft: 'warning',
  submitted: 'info',
  accepted: 'success',
  returned: 'warning',
};

// Statuses in which a report is read by every role that reads reports.
const SHARED = new Set(['submitted', 'accepted']);

/** Who has reported for a period, who is missing, who is late; coordinators urge the missing. */
export function PeriodBoard() {
  const { periodId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const rights = reportRights(user);
  const board = useBoard(periodId);
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function urge() {
    setBusy(true);
    try {
      const done = await urgeMissing(periodId, t('reports.board.urgeMessage'));
      notifications.show({ color: 'green', message: t('reports.board.urged', { count: done.urged_unit_ids.length }) });
      void queryClient.invalidateQueries({ queryKey: reportKeys.board(periodId) });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  /** A report still with its unit (a draft — "missing" once overdue — or returned) is read by
   * its unit's officers and by reviewers only (the API answers 403 to the others). */
  function mayOpen(u: { unit_id: string; status: string }) {
    return SHARED.has(u.status) || rights.review || (rights.writeOwn && rights.unitId === u.unit_id);
  }

  if (board.isPending) return <PageLoader />;
  if (board.isError) return <ErrorAlert error={board.error} />;
  const { period, counts, units } = board.data;

  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {period.label} · {t('reports.periods.due')} {formatDate(period.due_on, i18n.language)}
      </Title>
      <Text>
        {t('reports.board.counts', {
          submitted: counts.submitted,
          expected: counts.expected,
          missing: counts.missing,
          late: counts.late,
        })}
      </Text>
      {error ? <ErrorAlert error={error} /> : null}
      {rights.review && counts.missing > 0 ? (
        <Group>
          <Button onClick={() => void urge()} loading={busy}>
            {t('reports.board.urgeMissing', { count: counts.missing })}
          </Button>
        </Group>
      ) : null}
      <Table.ScrollContainer minWidth={420}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.board.unit')}</Table.Th>
              <Table.Th>{t('reports.board.status')}</Table.Th>
              <Table.Th>{t('reports.board.submittedAt')}</Table.Th>
              <Table.Th>{t('reports.board.urges')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.map((u) => (
              <Table.Tr key={u.unit_id}>
                <Table.Td>
                  {u.report_id && mayOpen(u) ? (
                    <Link to={`../unit-reports/${u.report_id}`}>{u.unit_name}</Link>
                  ) : (
                    u.unit_name
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <StatusBadge tone={TONES[u.status] ?? 'neutral'}>{t(`reports.status.${u.status}`)}</StatusBadge>
                    {u.late ? (
                      <StatusBadge tone="danger">{t('reports.board.late', { count: u.days_late })}</StatusBadge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>{u.submitted_at ? formatDateTime(u.submitted_at, i18n.language) : '—'}</Table.Td>
                <Table.Td>{u.urged || ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
