import { useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Consultation, FeedbackStatus } from '../../api/types';
import { usePermissions } from '../../auth/usePermissions';
import { Columns, StackedBars, type Series } from '../../components/charts/StackedBars';
import { FEEDBACK_STATE_COLORS, OKABE_ITO, type Swatch } from '../../components/charts/palette';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { formatDate, formatDateTime } from '../../lib/formatDate';
import { downloadExport, FEEDBACK_STATUSES, useSynthesis, type ExportKind } from './queries';

// Okabe–Ito: the states stay apart under every common colour-blindness (palette.test.ts checks).
const STATUS_COLORS: Record<FeedbackStatus, Swatch> = FEEDBACK_STATE_COLORS;

function Exports({ consultationId }: { consultationId: string }) {
  const { t, i18n } = useTranslation();
  const permissions = usePermissions();
  const [withContacts, setWithContacts] = useState(false);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [error, setError] = useState<unknown>(null);
  async function run(kind: ExportKind) {
    setBusy(kind);
    setError(null);
    try {
      await downloadExport(consultationId, kind, {
        includeContacts: withContacts && kind !== 'docx',
        lang: i18n.language.startsWith('en') ? 'en' : 'vi',
      });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="exports">
      <Title order={2} size="h4" id="exports" mb="xs">
        {t('synthesis.exports')}
      </Title>
      <Group gap="sm" wrap="wrap">
        <Button variant="default" onClick={() => void run('csv')} loading={busy === 'csv'}>
          {t('synthesis.csv')}
        </Button>
        <Button variant="default" onClick={() => void run('xlsx')} loading={busy === 'xlsx'}>
          {t('synthesis.xlsx')}
        </Button>
        <Button onClick={() => void run('docx')} loading={busy === 'docx'}>
          {t('synthesis.docx')}
        </Button>
      </Group>
      {permissions.readContactDetails ? (
        <Checkbox
          mt="sm"
          label={t('synthesis.withContacts')}
          description={t('synthesis.withContactsHint')}
          checked={withContacts}
          onChange={(e) => setWithContacts(e.currentTarget.checked)}
        />
      ) : null}
      <ErrorAlert error={error} />
    </Paper>
  );
}

/** Counts by section × status, group, channel and day; top tags; largest clusters; the exports. */
export default function SynthesisPage({ consultation }: { consultation: Consultation }) {
  const { t, i18n } = useTranslation();
  const query = useSynthesis(consultation.id);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const s = query.data;
  const statusSeries: Series[] = FEEDBACK_STATUSES.map((k) => ({
    key: k,
    label: t(`feedbackStatus.${k}`),
    color: STATUS_COLORS[k].color,
    text: STATUS_COLORS[k].text,
  }));
  const sectionRows = s.by_section.map((row) => ({
    key: row.section_id ?? 'whole',
    label: row.section_id ? `${row.number}. ${row.heading}` : t('synthesis.wholeDocument'),
    values: row.by_status as Record<string, number>,
  }));
  const simple = (obj: Record<string, number>, prefix: 'contributorGroup' | 'feedbackChannel') =>
    Object.entries(obj)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => ({ key: k, label: t(`${prefix}.${k}` as 'contributorGroup.citizen'), values: { n: v } }));
  const one: Series[] = [
    { key: 'n', label: t('synthesis.submissions'), color: OKABE_ITO.blue.color, text: OKABE_ITO.blue.text },
  ];

  return (
    <Stack gap="md">
      <Group gap="sm" wrap="wrap">
        <Text fw={700} fz="xl">
          {t('synthesis.total', { count: s.total })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('synthesis.generatedAt', { when: formatDateTime(s.generated_at, i18n.language) })}
        </Text>
      </Group>
      {s.awaiting_clustering ? (
        <Alert variant="light" color="yellow" c="dark.8">
          {t('synthesis.awaitingClustering', { count: s.awaiting_clustering })}
        </Alert>
      ) : null}
      <Exports consultationId={consultation.id} />
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="by-section">
        <Title order={2} size="h4" id="by-section" mb="sm">
          {t('synthesis.bySection')}
        </Title>
        <StackedBars rows={sectionRows} series={statusSeries} caption={t('synthesis.bySection')} />
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="by-group">
          <Title order={2} size="h4" id="by-group" mb="sm">
            {t('synthesis.byGroup')}
          </Title>
          <StackedBars
            rows={simple(s.by_group as Record<string, number>, 'contributorGroup')}
            series={one}
            caption={t('synthesis.byGroup')}
            emptyText={t('synthesis.none')}
          />
        </Paper>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="by-channel">
          <Title order={2} size="h4" id="by-channel" mb="sm">
            {t('synthesis.byChannel')}
          </Title>
          <StackedBars
            rows={simple(s.by_channel as Record<string, number>, 'feedbackChannel')}
            series={one}
            caption={t('synthesis.byChannel')}
            emptyText={t('synthesis.none')}
          />
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="by-day">
        <Title order={2} size="h4" id="by-day" mb="sm">
          {t('synthesis.byDay')}
        </Title>
        {s.by_day.length ? (
          <Columns
            points={s.by_day.map((d) => ({
              key: d.date,
              label: formatDate(d.date, i18n.language).slice(0, 5),
              value: d.count,
            }))}
            caption={t('synthesis.byDay')}
            yLabel={t('web2.synthesis.yAxis')}
            xLabel={t('web2.synthesis.xAxis')}
          />
        ) : (
          <Text size="sm">{t('synthesis.none')}</Text>
        )}
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="top-tags">
          <Title order={2} size="h4" id="top-tags" mb="sm">
            {t('synthesis.topTags')}
          </Title>
          {s.top_tags.length ? (
            <Group gap="xs">
              {s.top_tags.map((tag) => (
                <Badge key={tag.tag} variant="light" color="gray" c="dark.7" size="lg">
                  {tag.tag} · {tag.count}
                </Badge>
              ))}
            </Group>
          ) : (
            <Text size="sm">{t('synthesis.none')}</Text>
          )}
        </Paper>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="clusters">
          <Title order={2} size="h4" id="clusters" mb="sm">
            {t('synthesis.largestClusters')}
          </Title>
          {s.largest_clusters.length ? (
            <Table fz="sm" verticalSpacing={4}>
              <Table.Tbody>
                {s.largest_clusters.map((c) => (
                  <Table.Tr key={c.cluster_id}>
                    <Table.Td w={60} fw={700}>
                      {c.size}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {c.representative_text}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text size="sm">{t('synthesis.none')}</Text>
          )}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
