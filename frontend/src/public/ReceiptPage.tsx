import { useState } from 'react';
import { Alert, Anchor, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { FeedbackReceipt } from '../api/types';
import { formatDateTime } from '../lib/formatDate';

/** Shown right after a submission: the receipt code is the only way back to it. */
export default function ReceiptPage() {
  const { consultationId = '', receipt = '' } = useParams();
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const state = location.state as { receipt?: FeedbackReceipt; consultationTitle?: string } | null;
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(receipt);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md" maw={640}>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('receipt.title')}
        </Title>
        {state?.consultationTitle ? (
          <Text>{t('receipt.forConsultation', { title: state.consultationTitle })}</Text>
        ) : null}
        <div>
          <Text size="sm" fw={500} id="receipt-code-label">
            {t('receipt.codeLabel')}
          </Text>
          <Group gap="sm" mt={4} wrap="wrap">
            <Code
              fz="xl"
              p="sm"
              aria-labelledby="receipt-code-label"
              data-testid="receipt-code"
              style={{ userSelect: 'all', wordBreak: 'break-all' }}
            >
              {receipt}
            </Code>
            <Button variant="default" size="sm" onClick={() => void copy()}>
              {copied ? t('receipt.copied') : t('receipt.copy')}
            </Button>
          </Group>
        </div>
        {state?.receipt?.submitted_at ? (
          <Text size="sm">
            {t('receipt.submittedAt', { when: formatDateTime(state.receipt.submitted_at, i18n.language) })}
          </Text>
        ) : null}
        <Alert variant="light" color="yellow" c="dark.8">
          {t('receipt.keepIt')}
        </Alert>
        <Group gap="md">
          <Anchor component={Link} to={`/public/feedback/${encodeURIComponent(receipt)}`}>
            {t('receipt.lookupLink')}
          </Anchor>
          <Anchor component={Link} to={`/public/consultations/${consultationId}`}>
            {t('receipt.backToDocument')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
