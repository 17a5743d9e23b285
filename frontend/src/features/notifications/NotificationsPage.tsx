import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { formatDateTime } from '../../lib/formatDate';
import { listNotifications, notificationKeys, useMarkRead, type NotificationItem } from './api';

/** My notifications, newest first: open one (it is marked read), mark all read, filter unread. */
export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const [error, setError] = useState<unknown>(null);
  const query = useInfiniteQuery({
    queryKey: notificationKeys.list(filter === 'unread'),
    queryFn: ({ pageParam, signal }) => listNotifications(filter === 'unread', pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? null,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = query.data?.pages[0]?.unread ?? 0;

  async function open(item: NotificationItem) {
    try {
      if (!item.read_at) await markRead({ ids: [item.id] });
    } catch (err) {
      setError(err);
    }
    void navigate(item.link);
  }

  async function markAll() {
    setError(null);
    try {
      await markRead({ all: true });
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Stack gap="md" maw={760}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1} size="h2">
          {t('notifications.title')}
        </Title>
        <Group gap="sm">
          <Anchor component={Link} to="/account/notifications" size="sm">
            {t('notifications.preferences.link')}
          </Anchor>
          <Button variant="light" onClick={() => void markAll()} disabled={unread === 0}>
            {t('notifications.markAll')}
          </Button>
        </Group>
      </Group>
      <SegmentedControl
        value={filter}
        onChange={(v) => setFilter(v as 'all' | 'unread')}
        data={[
          { value: 'all', label: t('notifications.filterAll') },
          { value: 'unread', label: t('notifications.filterUnread', { count: unread }) },
        ]}
        w="fit-content"
      />
      {error ? <ErrorAlert error={error} /> : null}
      {query.isPending ? <PageLoader /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {!query.isPending && items.length === 0 ? <Text c="dimmed">{t('notifications.empty')}</Text> : null}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((item) => (
          <li key={item.id}>
            <Card
              withBorder
              padding="sm"
              bg={item.read_at ? undefined : 'var(--mantine-color-blue-light)'}
              data-testid="notification"
            >
              <Stack gap={4}>
                <Anchor
                  href={item.link}
                  fw={item.read_at ? 500 : 700}
                  underline="hover"
                  style={{ overflowWrap: 'anywhere' }}
                  onClick={(e) => {
                    e.preventDefault();
                    void open(item);
                  }}
                >
                  {item.title}
                </Anchor>
                {item.body ? <Text size="sm">{item.body}</Text> : null}
                <Group justify="space-between" gap="xs">
                  <Text size="xs" c="dimmed">
                    {formatDateTime(item.created_at, i18n.language)}
                  </Text>
                  {!item.read_at ? (
                    <Group gap={4} wrap="nowrap">
                      <Badge size="sm" color="blue">
                        {t('notifications.new')}
                      </Badge>
                      <Button size="compact-xs" variant="subtle" onClick={() => void markRead({ ids: [item.id] })}>
                        {t('notifications.markRead')}
                      </Button>
                    </Group>
                  ) : null}
                </Group>
              </Stack>
            </Card>
          </li>
        ))}
      </Stack>
      {query.hasNextPage ? (
        <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
