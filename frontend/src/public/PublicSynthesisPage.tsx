import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import classes from './PublicSynthesis.module.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { bareClient as api, unwrap } from '../api/client';
import { isApiError } from '../api/errors';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageLoader } from '../components/PageLoader';
import { formatDateTime } from '../lib/formatDate';

function Counts({
  title,
  counts,
  label,
}: {
  title: string;
  counts: Record<string, number>;
  label: (k: string) => string;
}) {
  const { t } = useTranslation();
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      <table className={classes.table}>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col" className={classes.num}>
              {t('web2.publicSynthesis.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([k, n]) => (
            <tr key={k}>
              <td>{label(k)}</td>
              <td className={classes.num}>{n}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Paper>
  );
}

/** "I. Mục đích", without saying the number twice when the heading already starts with it. */
function sectionLabel(number: string | null, heading: string | null): string {
  const n = (number ?? '').trim();
  const h = (heading ?? '').trim();
  if (!n) return h;
  if (!h || h.startsWith(n)) return h || n;
  return `${n.replace(/\.$/, '')}. ${h}`;
}

/** A closed consultation's published synthesis: how many opinions, of what kind, on which parts. */
export default function PublicSynthesisPage() {
  const { consultationId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['public', 'synthesis', consultationId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/public/consultations/{consultation_id}/synthesis', {
          params: { path: { consultation_id: consultationId } },
          signal,
        }),
      ),
    retry: false,
  });
  if (query.isPending) return <PageLoader />;
  if (query.isError)
    return isApiError(query.error) && query.error.status === 404 ? (
      <Alert color="yellow" variant="light" c="dark.8">
        {t('web2.publicSynthesis.notPublished')}
      </Alert>
    ) : (
      <ErrorAlert error={query.error} />
    );
  const s = query.data;
  const fixed = (prefix: 'feedbackStatus' | 'contributorGroup', k: string) =>
    i18n.exists(`${prefix}.${k}`) ? t(`${prefix}.${k}` as 'feedbackStatus.received') : k;
  return (
    <Stack gap="md" maw={860}>
      <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
        {t('web2.publicSynthesis.title', { title: s.title })}
      </Title>
      <Text size="sm">
        {t('web2.publicSynthesis.window', {
          document: s.document_title,
          from: formatDateTime(s.opens_at, i18n.language),
          to: formatDateTime(s.closes_at, i18n.language),
        })}
      </Text>
      <Text fw={700} fz="xl">
        {t('web2.publicSynthesis.total', { count: s.total })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('web2.publicSynthesis.publishedAt', { when: formatDateTime(s.published_at, i18n.language) })}
      </Text>
      <Counts
        title={t('web2.publicSynthesis.byStatus')}
        counts={s.by_status}
        label={(k) => fixed('feedbackStatus', k)}
      />
      <Counts
        title={t('web2.publicSynthesis.byGroup')}
        counts={s.by_group}
        label={(k) => fixed('contributorGroup', k)}
      />
      <Counts
        title={t('web2.publicSynthesis.bySection')}
        counts={Object.fromEntries(
          s.by_section
            .filter((row) => row.total > 0)
            .map((row) => [sectionLabel(row.number, row.heading) || t('web2.publicSynthesis.general'), row.total]),
        )}
        label={(k) => k}
      />
    </Stack>
  );
}
