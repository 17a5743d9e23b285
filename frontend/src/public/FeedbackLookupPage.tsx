import { useState, type FormEvent } from 'react';
import { Alert, Blockquote, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../api/errors';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageLoader } from '../components/PageLoader';
import { StatusBadge, toneForStatus } from '../components/StatusBadge';
import { formatDateTime } from '../lib/formatDate';
import { useFeedbackByReceipt } from './queries';

/** Anyone holding a receipt code sees the status and official answer (never contact details). */
export default function FeedbackLookupPage() {
  const { receipt } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState(receipt ?? '');
  const query = useFeedbackByReceipt(receipt);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    // Spaces people type between groups go; case, dashes and look-alikes the server forgives.
    const trimmed = code.replace(/\s+/g, '');
    if (trimmed) navigate(`/public/feedback/${encodeURIComponent(trimmed)}`);
  }

  const notFound = isApiError(query.error) && query.error.status === 404;
  const fb = query.data;

  return (
    <Stack gap="md" maw={720}>
      <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
        {t('lookup.title')}
      </Title>
      <form onSubmit={onSubmit} aria-label={t('lookup.title')}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('lookup.codeLabel')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder={t('web2.receipt.example')}
            description={t('web2.receipt.lookupHint')}
            style={{ flex: '1 1 240px' }}
          />
          <Button type="submit" disabled={!code.trim()}>
            {t('lookup.submit')}
          </Button>
        </Group>
      </form>

      {receipt && query.isPending ? <PageLoader /> : null}
      {notFound ? (
        <Alert color="yellow" variant="light" c="dark.8" role="alert">
          {t('lookup.notFound')}
        </Alert>
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : null}

      {fb ? (
        <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" aria-live="polite">
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap">
              <Text fw={600}>{fb.consultation_title}</Text>
              <StatusBadge tone={toneForStatus(fb.status)}>{t(`feedbackStatus.${fb.status}`)}</StatusBadge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('lookup.submittedAt', { when: formatDateTime(fb.submitted_at, i18n.language) })}
              {fb.section ? ` · ${fb.section.number}. ${fb.section.heading}` : ''}
            </Text>
            <div>
              <Text size="sm" fw={500}>
                {t('lookup.yourComment')}
              </Text>
              <Blockquote p="xs" mt={4} color="gray" style={{ whiteSpace: 'pre-wrap' }}>
                {fb.body}
              </Blockquote>
            </div>
            <div>
              <Text size="sm" fw={500}>
                {t('lookup.answer')}
              </Text>
              {fb.response ? (
                <Text mt={4} style={{ whiteSpace: 'pre-wrap' }} data-testid="official-answer">
                  {fb.response}
                </Text>
              ) : (
                <Text mt={4} c="dimmed">
                  {t('lookup.noAnswerYet')}
                </Text>
              )}
              {fb.responded_at ? (
                <Text size="xs" c="dimmed" mt={4}>
                  {t('lookup.answeredAt', { when: formatDateTime(fb.responded_at, i18n.language) })}
                </Text>
              ) : null}
            </div>
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
