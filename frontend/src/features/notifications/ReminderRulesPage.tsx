import { useEffect, useState, type FormEvent } from 'react';
import { Anchor, Button, Card, Checkbox, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { getRules, notificationKeys, putRules } from './api';

/** "-7, -1, 0, 1, 3, 7" ⇄ [-7, -1, 0, 1, 3, 7]; null when a part is not a whole number in range. */
export function parseOffsets(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const numbers = parts.map((p) => Number(p));
  if (numbers.some((n) => !Number.isInteger(n) || n < -365 || n > 365)) return null;
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/** A plan's reminder schedule (coordinators): days around each resolved deadline, weekly, escalation. */
export default function ReminderRulesPage() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const loaded = useQuery({
    queryKey: notificationKeys.rules(planId),
    queryFn: ({ signal }) => getRules(planId, signal),
  });
  const [offsets, setOffsets] = useState<string | null>(null);
  const [weekly, setWeekly] = useState(true);
  const [escalate, setEscalate] = useState<number | null>(5);
  const [support, setSupport] = useState(true);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (loaded.data && offsets === null) {
      const r = loaded.data.data;
      setOffsets(r.offsets.join(', '));
      setWeekly(r.weekly_overdue);
      setEscalate(r.escalate_after_days ?? null);
      setSupport(r.include_support);
    }
  }, [loaded.data, offsets]);

  if (loaded.isPending) return <PageLoader />;
  if (loaded.isError) return <ErrorAlert error={loaded.error} />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = parseOffsets(offsets ?? '');
    if (parsed === null) return setInvalid(t('notifications.rules.invalid'));
    setInvalid(null);
    setBusy(true);
    setError(null);
    try {
      const saved = await putRules(
        planId,
        { offsets: parsed, weekly_overdue: weekly, escalate_after_days: escalate, include_support: support },
        loaded.data?.etag ?? '"0"',
      );
      queryClient.setQueryData(notificationKeys.rules(planId), saved);
      setOffsets(saved.data.offsets.join(', '));
      notifications.show({ color: 'green', message: t('notifications.rules.saved') });
    } catch (err) {
      setError(err);
      void loaded.refetch();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e: FormEvent) => void submit(e)} noValidate>
      <Stack gap="md" maw={640}>
        <Anchor component={Link} to={`/plans/${planId}`} size="sm">
          ← {t('notifications.rules.back')}
        </Anchor>
        <Title order={1} size="h2">
          {t('notifications.rules.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {loaded.data.data.is_default ? t('notifications.rules.isDefault') : t('notifications.rules.custom')}
        </Text>
        <Card withBorder padding="md">
          <Stack gap="sm">
            <TextInput
              label={t('notifications.rules.offsets')}
              description={t('notifications.rules.offsetsHint')}
              value={offsets ?? ''}
              onChange={(e) => setOffsets(e.currentTarget.value)}
              error={invalid}
            />
            <Checkbox
              label={t('notifications.rules.weekly')}
              checked={weekly}
              onChange={(e) => setWeekly(e.currentTarget.checked)}
            />
            <NumberInput
              label={t('notifications.rules.escalate')}
              description={t('notifications.rules.escalateHint')}
              min={1}
              max={365}
              value={escalate ?? ''}
              onChange={(v) => setEscalate(typeof v === 'number' ? v : null)}
            />
            <Checkbox
              label={t('notifications.rules.support')}
              checked={support}
              onChange={(e) => setSupport(e.currentTarget.checked)}
            />
          </Stack>
        </Card>
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
