import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { usePermissions } from '../../auth/usePermissions';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { StatusBadge, type Tone } from '../../components/StatusBadge';
import { formatDate, formatDateTime } from '../../lib/formatDate';
import { useConsultations } from './queries';

const tone = (status: string): Tone =>
  status === 'open' ? 'success' : status === 'closed' ? 'info' : status === 'draft' ? 'warning' : 'neutral';

/** Consultations on draft documents: the way into each one's feedback queue and synthesis. */
export default function ConsultationsPage() {
  const { t, i18n } = useTranslation();
  const query = useConsultations();
  const permissions = usePermissions();
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {t('nav.feedback')}
        </Title>
        {permissions.editConsultations ? (
          <Button component={Link} to="/documents" variant="light">
            {t('consultationAdmin.new')}
          </Button>
        ) : null}
      </Group>
      {query.isPending ? <PageLoader /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.isSuccess && query.data.items.length === 0 ? <Text>{t('moderation.noConsultations')}</Text> : null}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {query.data?.items.map((c) => (
          <Card component="li" key={c.id} withBorder padding="md" radius="md">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <div>
                <Title order={2} size="h4">
                  <Anchor component={Link} to={`/feedback/${c.id}`} c="civic.8">
                    {c.title}
                  </Anchor>
                </Title>
                <Text size="sm">
                  {t('moderation.documentVersion', { title: c.document_title, version: c.document_version })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('public.windowRange', {
                    from: formatDateTime(c.opens_at, i18n.language),
                    to: formatDateTime(c.closes_at, i18n.language),
                  })}
                  {c.synthesis_due
                    ? ` · ${t('moderation.synthesisDue', { date: formatDate(c.synthesis_due, i18n.language) })}`
                    : ''}
                </Text>
              </div>
              <StatusBadge tone={tone(c.status)}>{t(`consultationStatus.${c.status}`)}</StatusBadge>
            </Group>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
