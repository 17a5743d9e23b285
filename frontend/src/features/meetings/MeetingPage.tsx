import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import {
  Alert,
  Button,
  Card,
  CopyButton,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { ContributorGroup } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useIdempotentSubmit } from '../../hooks/useIdempotentSubmit';
import { translatedFieldErrors } from '../../lib/fieldErrors';
import { parseTypedDate } from '../../lib/parseDate';
import { CONTRIBUTOR_GROUPS, useConsultations, useSections } from '../moderation/queries';

interface Opinion {
  key: number;
  body: string;
  section_id: string;
  contributor_group: ContributorGroup;
  name: string;
}

interface MeetingInput {
  consultationId: string;
  title: string;
  heldOn: string;
  location: string;
  opinions: Omit<Opinion, 'key'>[];
}

let nextKey = 1;
const blank = (group: ContributorGroup = 'citizen'): Opinion => ({
  key: nextKey++,
  body: '',
  section_id: '',
  contributor_group: group,
  name: '',
});

function sendMeeting(input: MeetingInput, key: string, signal: AbortSignal) {
  return unwrap(
    api.POST('/consultations/{consultation_id}/feedback/meetings', {
      params: { path: { consultation_id: input.consultationId } },
      headers: { 'Idempotency-Key': key },
      body: {
        meeting: { title: input.title.trim(), held_on: input.heldOn, location: input.location.trim() || null },
        submissions: input.opinions.map((o) => ({
          body: o.body.trim(),
          section_id: o.section_id || null,
          contributor_group: o.contributor_group,
          name: o.name.trim() || null,
        })),
      },
      signal,
    }),
  );
}

/**
 * "Ghi ý kiến hội nghị": an officer types the opinions gathered at a meeting, fast and by
 * keyboard only (Ctrl+Enter adds the next opinion), and saves them all at once: the server
 * stores all or none, and a retry with the same Idempotency-Key never stores them twice.
 */
export default function MeetingPage() {
  const { t } = useTranslation();
  const consultations = useConsultations();
  const open = (consultations.data?.items ?? []).filter((c) => c.accepting_feedback);
  const [consultationId, setConsultationId] = useState<string>('');
  const chosen = open.find((c) => c.id === consultationId) ?? open[0];
  const sections = useSections(chosen?.document_id, chosen?.document_version);
  const [title, setTitle] = useState('');
  const [heldOnText, setHeldOnText] = useState('');
  const [location, setLocation] = useState('');
  const [opinions, setOpinions] = useState<Opinion[]>(() => [blank()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const bodies = useRef(new Map<number, HTMLTextAreaElement | null>());
  const focusNext = useRef<number | null>(null);
  const submission = useIdempotentSubmit(sendMeeting);
  const [saved, setSaved] = useState<{ count: number; codes: string[] } | null>(null);

  if (consultations.isPending) return <PageLoader />;
  if (consultations.isError) return <ErrorAlert error={consultations.error} />;

  function update(key: number, patch: Partial<Opinion>) {
    setOpinions((all) => all.map((o) => (o.key === key ? { ...o, ...patch } : o)));
  }
  function add(after?: Opinion) {
    const row = blank(after?.contributor_group);
    focusNext.current = row.key;
    setOpinions((all) => [...all, row]);
  }
  function remove(key: number) {
    setOpinions((all) => (all.length > 1 ? all.filter((o) => o.key !== key) : all));
  }
  function onBodyKey(e: KeyboardEvent<HTMLTextAreaElement>, o: Opinion) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      add(o);
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const heldOn = parseTypedDate(heldOnText);
    const filled = opinions.filter((o) => o.body.trim());
    const found: Record<string, string> = {};
    if (!chosen) found.consultation = t('errors.field.required');
    if (!title.trim()) found.title = t('errors.field.required');
    if (!heldOn) found.held_on = t('errors.field.date');
    if (filled.length === 0) found.opinions = t('meeting.noOpinions');
    setErrors(found);
    if (Object.keys(found).length || !chosen || !heldOn) return;
    const outcome = await submission.submit({
      consultationId: chosen.id,
      title,
      heldOn,
      location,
      opinions: filled.map(({ key: _key, ...rest }) => rest),
    });
    if (outcome.ok) {
      setSaved({ count: outcome.data.count, codes: outcome.data.receipts.map((r) => r.receipt_code) });
      setOpinions([blank()]);
      setTitle('');
      setLocation('');
      setHeldOnText('');
    } else {
      setErrors(translatedFieldErrors(outcome.error, t));
    }
  }

  const sectionOptions = [
    { value: '', label: t('meeting.wholeDocument') },
    ...(sections.data ?? []).map((s) => ({ value: s.id, label: `${s.number}. ${s.heading}` })),
  ];
  const groupOptions = CONTRIBUTOR_GROUPS.map((g) => ({ value: g, label: t(`contributorGroup.${g}`) }));

  return (
    <Stack gap="md" maw={860}>
      <div>
        <Title order={1} size="h2">
          {t('meeting.title')}
        </Title>
        <Text size="sm">{t('meeting.intro')}</Text>
      </div>
      {open.length === 0 ? <Text>{t('meeting.noOpen')}</Text> : null}
      {saved ? (
        <Alert color="green" c="green.9" role="status" title={t('meeting.saved', { count: saved.count })}>
          <Group gap="xs" wrap="wrap">
            <Text size="sm">{t('meeting.codes')}</Text>
            {saved.codes.map((c) => (
              <Text key={c} size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {c}
              </Text>
            ))}
            <CopyButton value={saved.codes.join('\n')}>
              {({ copied, copy }) => (
                <Button size="compact-xs" variant="light" onClick={copy}>
                  {copied ? t('meeting.copied') : t('meeting.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      ) : null}
      {open.length ? (
        <form
          onSubmit={(e) => void submit(e)}
          onKeyDown={(e) => {
            // Ctrl+S saves from any field: the hands stay on the keyboard.
            if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
              e.preventDefault();
              e.currentTarget.requestSubmit();
            }
          }}
          noValidate
        >
          <Stack gap="sm">
            <NativeSelect
              label={t('meeting.consultation')}
              data={open.map((c) => ({ value: c.id, label: c.title }))}
              value={chosen?.id ?? ''}
              onChange={(e) => setConsultationId(e.currentTarget.value)}
              error={errors.consultation}
            />
            <Group grow align="flex-start" wrap="wrap">
              <TextInput
                label={t('meeting.meetingTitle')}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                error={errors.title ?? errors['meeting.title']}
                required
                miw={240}
              />
              <TextInput
                label={t('meeting.heldOn')}
                placeholder="dd/mm/yyyy"
                value={heldOnText}
                onChange={(e) => setHeldOnText(e.currentTarget.value)}
                error={errors.held_on ?? errors['meeting.held_on']}
                required
                miw={140}
                inputMode="numeric"
              />
            </Group>
            <TextInput
              label={t('meeting.location')}
              value={location}
              onChange={(e) => setLocation(e.currentTarget.value)}
            />
            <Title order={2} size="h4" mt="sm">
              {t('meeting.opinions', { count: opinions.filter((o) => o.body.trim()).length })}
            </Title>
            <Text size="sm" c="dimmed">
              {t('meeting.keyboardHint')}
            </Text>
            {errors.opinions ? (
              <Text c="red.9" size="sm" role="alert">
                {errors.opinions}
              </Text>
            ) : null}
            {opinions.map((o, i) => (
              <Card key={o.key} withBorder padding="sm" component="fieldset" style={{ margin: 0 }}>
                <Text component="legend" size="sm" fw={600} px={4}>
                  {t('meeting.opinionN', { n: i + 1 })}
                </Text>
                <Stack gap="xs">
                  <Textarea
                    label={t('meeting.body')}
                    autosize
                    minRows={2}
                    value={o.body}
                    onChange={(e) => update(o.key, { body: e.currentTarget.value })}
                    onKeyDown={(e) => onBodyKey(e, o)}
                    ref={(el) => {
                      bodies.current.set(o.key, el);
                      if (el && focusNext.current === o.key) {
                        focusNext.current = null;
                        el.focus();
                      }
                    }}
                    error={errors[`submissions.${i}.body`]}
                  />
                  <Group grow align="flex-end" wrap="wrap">
                    <NativeSelect
                      label={t('meeting.section')}
                      data={sectionOptions}
                      value={o.section_id}
                      onChange={(e) => update(o.key, { section_id: e.currentTarget.value })}
                      miw={200}
                    />
                    <NativeSelect
                      label={t('meeting.group')}
                      data={groupOptions}
                      value={o.contributor_group}
                      onChange={(e) => update(o.key, { contributor_group: e.currentTarget.value as ContributorGroup })}
                      miw={180}
                    />
                    <TextInput
                      label={t('meeting.name')}
                      value={o.name}
                      onChange={(e) => update(o.key, { name: e.currentTarget.value })}
                      miw={160}
                    />
                  </Group>
                  {opinions.length > 1 ? (
                    <Button
                      variant="subtle"
                      color="red"
                      c="red.9"
                      size="compact-sm"
                      w="fit-content"
                      onClick={() => remove(o.key)}
                    >
                      {t('meeting.remove', { n: i + 1 })}
                    </Button>
                  ) : null}
                </Stack>
              </Card>
            ))}
            <Group gap="sm" wrap="wrap">
              <Button variant="default" onClick={() => add(opinions[opinions.length - 1])}>
                {t('meeting.add')}
              </Button>
              <Button type="submit" loading={submission.isPending}>
                {t('meeting.save', { count: opinions.filter((o) => o.body.trim()).length })}
              </Button>
            </Group>
            {submission.status === 'retrying' ? (
              <Text size="sm" role="status">
                {t('progress.retrying', { attempt: submission.attempt, max: submission.maxAttempts })}
              </Text>
            ) : null}
            {submission.status === 'error' ? (
              <>
                <ErrorAlert error={submission.error} title={t('meeting.failed')} />
                <Text size="sm">{t('meeting.nothingSaved')}</Text>
              </>
            ) : null}
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
