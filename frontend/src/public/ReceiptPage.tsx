import { useState } from 'react';
import { Alert, Anchor, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { FeedbackReceipt } from '../api/types';
import { formatDateTime } from '../lib/formatDate';
import { saveReceiptImage } from './receiptImage';

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

  const lookupUrl = `${window.location.origin}/public/feedback`;
  function saveImage() {
    const when = state?.receipt?.submitted_at ? formatDateTime(state.receipt.submitted_at, i18n.language) : '';
    saveReceiptImage({
      code: receipt,
      lines: [
        t('receipt.title'),
        t('receipt.codeLabel'),
        state?.consultationTitle ?? '',
        when ? t('receipt.submittedAt', { when }) : '',
        t('web2.receipt.lookupAt', { url: lookupUrl }),
      ],
      fileName: `ma-tiep-nhan-${receipt}.png`,
    });
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
          <Code
            block
            mt={4}
            fz={receipt.length > 20 ? 'sm' : 'xl'}
            p="sm"
            aria-labelledby="receipt-code-label"
            data-testid="receipt-code"
            style={{ userSelect: 'all', whiteSpace: 'nowrap', overflowX: 'auto', letterSpacing: '0.06em' }}
          >
            {receipt}
          </Code>
          <Group gap="sm" mt="sm" wrap="wrap" className="no-print">
            <Button variant="default" size="sm" onClick={() => void copy()} aria-live="polite">
              {copied ? t('receipt.copied') : t('receipt.copy')}
            </Button>
            <Button variant="default" size="sm" onClick={saveImage}>
              {t('web2.receipt.saveImage')}
            </Button>
            <Button variant="default" size="sm" onClick={() => window.print()}>
              {t('web2.receipt.print')}
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
        <Text size="sm">
          {t('web2.receipt.lookupLater')}{' '}
          <Anchor component={Link} to="/public/feedback">
            {lookupUrl.replace(/^https?:\/\//, '')}
          </Anchor>
        </Text>
        <Group gap="md" className="no-print">
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
