import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Card, Checkbox, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { getPreferences, notificationKeys, putPreferences, type PreferencesIn } from './api';

const HOURS = Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: `${String(h).padStart(2, '0')}:00` }));
type KindName = PreferencesIn['kinds'] extends (infer K)[] | undefined
  ? K extends { kind: infer N }
    ? N
    : never
  : never;

/** Which kinds, which channel, digest or immediate, quiet hours, language of the messages. */
export default function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const loaded = useQuery({ queryKey: notificationKeys.preferences, queryFn: ({ signal }) => getPreferences(signal) });
  const [form, setForm] = useState<PreferencesIn | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (loaded.data && !form) {
      const p = loaded.data.data;
      setForm({
        language: p.language as PreferencesIn['language'],
        email_mode: p.email_mode as PreferencesIn['email_mode'],
        digest_hour: p.digest_hour,
        quiet_start_hour: p.quiet_start_hour ?? null,
        quiet_end_hour: p.quiet_end_hour ?? null,
        kinds: p.kinds.map((k) => ({ kind: k.kind as KindName, in_app: k.in_app, email: k.email })),
      });
    }
  }, [loaded.data, form]);

  if (loaded.isPending) return <PageLoader />;
  if (loaded.isError) return <ErrorAlert error={loaded.error} />;
  if (!form) return null;
  const prefs = loaded.data.data;
  const descriptions = Object.fromEntries(prefs.kinds.map((k) => [k.kind, k.description]));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!form) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await putPreferences(form, loaded.data?.etag ?? '"0"');
      queryClient.setQueryData(notificationKeys.preferences, saved);
      notifications.show({ color: 'green', message: t('notifications.preferences.saved') });
    } catch (err) {
      setError(err);
      void loaded.refetch();
    } finally {
      setBusy(false);
    }
  }

  const setKind = (kind: string, channel: 'in_app' | 'email', value: boolean) =>
    setForm({ ...form, kinds: (form.kinds ?? []).map((k) => (k.kind === kind ? { ...k, [channel]: value } : k)) });
  const hour = (v: number | null | undefined) => (v === null || v === undefined ? null : String(v));

  return (
    <form onSubmit={(e: FormEvent) => void submit(e)} noValidate>
      <Stack gap="md" maw={760}>
        <Title order={1} size="h2">
          {t('notifications.preferences.title')}
        </Title>
        {!prefs.email_enabled ? (
          <Alert color="yellow" variant="light" c="dark.8">
            {t('notifications.preferences.emailOff')}
          </Alert>
        ) : null}
        <Card withBorder padding="md">
          <Stack gap="sm">
            <Select
              label={t('notifications.preferences.language')}
              data={[
                { value: 'vi', label: t('language.vi') },
                { value: 'en', label: t('language.en') },
              ]}
              value={form.language}
              allowDeselect={false}
              onChange={(v) => v && setForm({ ...form, language: v as PreferencesIn['language'] })}
            />
            <Select
              label={t('notifications.preferences.emailMode')}
              data={[
                { value: 'immediate', label: t('notifications.preferences.immediate') },
                { value: 'digest', label: t('notifications.preferences.digest') },
                { value: 'off', label: t('notifications.preferences.off') },
              ]}
              value={form.email_mode}
              allowDeselect={false}
              onChange={(v) => v && setForm({ ...form, email_mode: v as PreferencesIn['email_mode'] })}
            />
            {form.email_mode === 'digest' ? (
              <Select
                label={t('notifications.preferences.digestHour')}
                data={HOURS}
                value={hour(form.digest_hour)}
                allowDeselect={false}
                onChange={(v) => v && setForm({ ...form, digest_hour: Number(v) })}
              />
            ) : null}
            <Group grow>
              <Select
                label={t('notifications.preferences.quietStart')}
                data={HOURS}
                value={hour(form.quiet_start_hour)}
                clearable
                onChange={(v) => setForm({ ...form, quiet_start_hour: v === null ? null : Number(v) })}
              />
              <Select
                label={t('notifications.preferences.quietEnd')}
                data={HOURS}
                value={hour(form.quiet_end_hour)}
                clearable
                onChange={(v) => setForm({ ...form, quiet_end_hour: v === null ? null : Number(v) })}
              />
            </Group>
            <Text size="xs" c="dimmed">
              {t('notifications.preferences.zone', { zone: prefs.timezone })}
            </Text>
          </Stack>
        </Card>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('notifications.preferences.kind')}</Table.Th>
              <Table.Th>{t('notifications.preferences.inApp')}</Table.Th>
              <Table.Th>{t('notifications.preferences.email')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(form.kinds ?? []).map((k) => (
              <Table.Tr key={k.kind}>
                <Table.Td>
                  {t(`notifications.kinds.${k.kind}`, { defaultValue: descriptions[k.kind] ?? k.kind })}
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`${k.kind} ${t('notifications.preferences.inApp')}`}
                    checked={k.in_app}
                    onChange={(e) => setKind(k.kind, 'in_app', e.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`${k.kind} ${t('notifications.preferences.email')}`}
                    checked={k.email}
                    onChange={(e) => setKind(k.kind, 'email', e.currentTarget.checked)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
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
