import { useState } from 'react';
import { Alert, Button, Checkbox, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert } from '../../components/ErrorAlert';

/** An absolute feed address; the unit filter added when asked for. */
export function feedUrl(url: string, origin: string, unitId: string | null): string {
  const absolute = url.startsWith('/') ? `${origin}${url}` : url;
  return unitId ? `${absolute}${absolute.includes('?') ? '&' : '?'}unit_id=${unitId}` : absolute;
}

/**
 * Calendar apps cannot sign in: they read the plan's milestones and deadlines
 * from an address that carries a personal token. Creating one cuts off the
 * previous one; it is shown once.
 */
export function CalendarFeedButton({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [opened, setOpened] = useState(false);
  const [mineOnly, setMineOnly] = useState(!!user?.unit_id);
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function create() {
    setBusy(true);
    setError(null);
    try {
      const feed = await unwrap(api.POST('/me/feed-token', { params: { query: { plan_id: planId } } }));
      setUrl(feed.url ?? feed.url_template.replace('{plan_id}', planId));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  async function revoke() {
    setBusy(true);
    setError(null);
    try {
      await unwrap(api.DELETE('/me/feed-token'));
      setUrl(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  const shown = url ? feedUrl(url, window.location.origin, mineOnly ? (user?.unit_id ?? null) : null) : null;

  return (
    <>
      <Button variant="default" size="xs" onClick={() => setOpened(true)}>
        {t('calendar.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('calendar.title')} size="lg">
        <Stack gap="sm">
          <Text size="sm">{t('calendar.intro')}</Text>
          {user?.unit_id ? (
            <Checkbox
              label={t('calendar.mineOnly')}
              checked={mineOnly}
              onChange={(e) => setMineOnly(e.currentTarget.checked)}
            />
          ) : null}
          {shown ? (
            <>
              <Alert color="yellow" variant="light" c="dark.8">
                {t('calendar.once')}
              </Alert>
              <Group gap="xs" wrap="nowrap">
                <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid="feed-url">
                  {shown}
                </Code>
                <CopyButton value={shown}>
                  {({ copied, copy }) => (
                    <Button size="compact-sm" variant="light" onClick={copy}>
                      {copied ? t('admin.copied') : t('admin.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </>
          ) : null}
          <ErrorAlert error={error} />
          <Group justify="space-between">
            <Button variant="subtle" color="red.8" onClick={() => void revoke()} disabled={busy}>
              {t('calendar.revoke')}
            </Button>
            <Button onClick={() => void create()} loading={busy}>
              {url ? t('calendar.rotate') : t('calendar.create')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
