import { useState } from 'react';
import { Button, Card, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate } from 'react-router';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { formatDate } from '../../lib/formatDate';
import { createReview, generateMonthly, reportKeys, reportRights, startReport, usePeriods, useReviews } from './api';
import { PeriodBoard } from './PeriodBoard';
import { ReviewEditor } from './ReviewEditor';
import { UnitReportForm } from './UnitReportForm';

/** A plan's "Reports" tab: reporting periods (with the officer's own report), reviews. */
export default function ReportsPage({ planId }: { planId: string }) {
  return (
    <Routes>
      <Route index element={<ReportsHome planId={planId} />} />
      <Route path="periods/:periodId" element={<PeriodBoard />} />
      <Route path="unit-reports/:reportId" element={<UnitReportForm />} />
      <Route path="reviews/:reviewId" element={<ReviewEditor />} />
    </Routes>
  );
}

function ReportsHome({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const rights = reportRights(user);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const periods = usePeriods(planId);
  const reviews = useReviews(planId);
  const [day, setDay] = useState<number>(25);
  const [error, setError] = useState<unknown>(null);

  async function openMine(periodId: string) {
    if (!rights.unitId) return;
    try {
      const { data } = await startReport(periodId, rights.unitId);
      navigate(`unit-reports/${data.id}`);
    } catch (err) {
      setError(err);
    }
  }

  async function generate() {
    try {
      const made = await generateMonthly(planId, day);
      notifications.show({ color: 'green', message: t('reports.periods.generated', { count: made.length }) });
      void queryClient.invalidateQueries({ queryKey: reportKeys.periods(planId) });
    } catch (err) {
      setError(err);
    }
  }

  async function newReview(kind: 'interim' | 'final') {
    try {
      const review = await createReview(planId, kind);
      void queryClient.invalidateQueries({ queryKey: reportKeys.reviews(planId) });
      navigate(`reviews/${review.id}`);
    } catch (err) {
      setError(err);
    }
  }

  if (periods.isPending || reviews.isPending) return <PageLoader />;
  if (periods.isError) return <ErrorAlert error={periods.error} />;
  if (reviews.isError) return <ErrorAlert error={reviews.error} />;

  return (
    <Stack gap="lg">
      {error ? <ErrorAlert error={error} /> : null}
      <Card withBorder>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('reports.periods.title')}
          </Title>
          {periods.data.length === 0 ? <Text c="dimmed">{t('reports.periods.none')}</Text> : null}
          {rights.managePeriods ? (
            <Group align="flex-end" gap="sm">
              <NumberInput
                label={t('reports.periods.dayOfMonth')}
                min={1}
                max={31}
                value={day}
                onChange={(v) => setDay(Number(v) || 25)}
                w={160}
              />
              <Button variant="default" onClick={() => void generate()}>
                {t('reports.periods.generateMonthly')}
              </Button>
            </Group>
          ) : null}
          {periods.data.length > 0 ? (
            <Table.ScrollContainer minWidth={360}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reports.periods.period')}</Table.Th>
                    <Table.Th>{t('reports.periods.due')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {periods.data.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        {p.label}
                        <Text size="xs" c="dimmed">
                          {formatDate(p.starts_on, i18n.language)} – {formatDate(p.ends_on, i18n.language)}
                        </Text>
                      </Table.Td>
                      <Table.Td>{formatDate(p.due_on, i18n.language)}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" justify="flex-end">
                          {rights.writeOwn && rights.unitId ? (
                            <Button size="xs" onClick={() => void openMine(p.id)}>
                              {t('reports.periods.myReport')}
                            </Button>
                          ) : null}
                          <Button size="xs" variant="default" component={Link} to={`periods/${p.id}`}>
                            {t('reports.periods.board')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
        </Stack>
      </Card>
      <Card withBorder>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('reports.reviews.title')}
          </Title>
          {reviews.data.length === 0 ? <Text c="dimmed">{t('reports.reviews.none')}</Text> : null}
          {reviews.data.map((r) => (
            <Group key={r.id} justify="space-between">
              <Link to={`reviews/${r.id}`}>{r.title}</Link>
              <Text size="sm" c="dimmed">
                {t(`reports.reviews.status.${r.status}`)}
                {r.issues.length ? ` · ${t('reports.reviews.issues', { count: r.issues.length })}` : ''}
              </Text>
            </Group>
          ))}
          {rights.writeReviews ? (
            <Group gap="sm">
              <Button variant="default" onClick={() => void newReview('interim')}>
                {t('reports.reviews.newInterim')}
              </Button>
              <Button variant="default" onClick={() => void newReview('final')}>
                {t('reports.reviews.newFinal')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Card>
    </Stack>
  );
}
