import { useId, useState, type FormEvent } from 'react';
import {
  Alert,
  Blockquote,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import type { ContributorGroup, FeedbackCreate, FeedbackReceipt } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { useIdempotentSubmit, type IdempotentSubmitOptions } from '../hooks/useIdempotentSubmit';
import { useSessionDraft } from '../hooks/useSessionDraft';
import type { Passage } from './passage';
import { submitFeedback } from './queries';

export const BODY_MAX = 10_000;

const GROUPS = Object.keys({
  citizen: true,
  expert: true,
  veteran: true,
  party_member: true,
  organisation: true,
  unit: true,
  other: true,
} satisfies Record<ContributorGroup, true>) as ContributorGroup[];

export interface FeedbackFormProps {
  consultationId: string;
  section?: { id: string; label: string } | null;
  passage?: Passage | null;
  onClearPassage?: () => void;
  onSubmitted: (receipt: FeedbackReceipt) => void;
  onCancel?: () => void;
  retry?: IdempotentSubmitOptions;
}

/** One comment on the whole draft, on a section, or on a passage of it. */
export function FeedbackForm({
  consultationId,
  section,
  passage,
  onClearPassage,
  onSubmitted,
  onCancel,
  retry,
}: FeedbackFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [body, setBody, clearBody] = useSessionDraft(`feedback.${consultationId}.${section?.id ?? 'all'}`);
  const [group, setGroup] = useState<ContributorGroup>('citizen');
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [contact, setContact] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const submission = useIdempotentSubmit(
    (input: FeedbackCreate, key, signal) => submitFeedback(consultationId, input, key, signal),
    retry,
  );
  const serverFields = isApiError(submission.error) ? submission.error.fieldErrors : {};
  const passageRejected = ['quote', 'quote_start', 'quote_end', 'section_id'].some((k) => k in serverFields);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const text = body.trim();
    if (!text) return setLocalError(t('feedback.bodyRequired'));
    if (text.length > BODY_MAX) return setLocalError(t('feedback.bodyTooLong', { max: BODY_MAX }));
    setLocalError(null);
    const input: FeedbackCreate = {
      body: text,
      contributor_group: group,
      channel: 'web',
      section_id: section?.id ?? null,
      quote: passage?.quote ?? null,
      quote_start: passage?.start ?? null,
      quote_end: passage?.end ?? null,
      name: name.trim() || null,
      organisation: organisation.trim() || null,
      contact: contact.trim() || null,
    };
    const outcome = await submission.submit(input);
    if (outcome.ok) {
      clearBody();
      onSubmitted(outcome.data);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${formId}-title`}>
      <Stack gap="sm">
        <Text fw={600} id={`${formId}-title`}>
          {section ? t('feedback.titleSection', { section: section.label }) : t('feedback.titleDocument')}
        </Text>
        {passage ? (
          <div>
            <Text size="sm" fw={500}>
              {t('feedback.onPassage')}
            </Text>
            <Blockquote p="xs" mt={4} color="civic" style={{ whiteSpace: 'pre-wrap' }}>
              {passage.quote}
            </Blockquote>
            {onClearPassage ? (
              <Button variant="subtle" size="compact-sm" onClick={onClearPassage} mt={4}>
                {t('feedback.clearPassage')}
              </Button>
            ) : null}
          </div>
        ) : null}
        <Textarea
          label={t('feedback.body')}
          required
          autosize
          minRows={4}
          maxRows={14}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={localError ?? serverFields.body}
          description={t('feedback.bodyCount', { count: body.length, max: BODY_MAX })}
          maxLength={BODY_MAX}
        />
        <NativeSelect
          label={t('feedback.group')}
          value={group}
          onChange={(e) => setGroup(e.currentTarget.value as ContributorGroup)}
          data={GROUPS.map((g) => ({ value: g, label: t(`contributorGroup.${g}`) }))}
          error={serverFields.contributor_group}
        />
        <Fieldset legend={t('feedback.aboutYou')} variant="unstyled">
          <Text size="sm" c="dimmed" mb="xs">
            {t('feedback.privacy')}
          </Text>
          <Stack gap="xs">
            <TextInput
              label={t('feedback.name')}
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={serverFields.name}
              maxLength={200}
            />
            <TextInput
              label={t('feedback.organisation')}
              autoComplete="organization"
              value={organisation}
              onChange={(e) => setOrganisation(e.currentTarget.value)}
              error={serverFields.organisation}
              maxLength={300}
            />
            <TextInput
              label={t('feedback.contact')}
              description={t('feedback.contactHint')}
              autoComplete="email"
              value={contact}
              onChange={(e) => setContact(e.currentTarget.value)}
              error={serverFields.contact}
              maxLength={300}
            />
          </Stack>
        </Fieldset>

        <div aria-live="polite">
          {submission.status === 'retrying' ? (
            <Alert color="yellow" variant="light" c="dark.8">
              {t('feedback.retrying', { attempt: submission.attempt, max: submission.maxAttempts })}
            </Alert>
          ) : null}
          {submission.status === 'error' ? (
            <Stack gap={4}>
              <ErrorAlert error={submission.error} title={t('feedback.failed')} />
              {passageRejected ? <Text size="sm">{t('feedback.passageRejected')}</Text> : null}
              <Text size="sm">{t('feedback.keptInput')}</Text>
            </Stack>
          ) : null}
        </div>

        <Group justify="flex-end" gap="sm">
          {onCancel ? (
            <Button variant="default" onClick={onCancel} disabled={submission.isPending}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={submission.isPending}>
            {submission.status === 'error' ? t('common.tryAgain') : t('feedback.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
