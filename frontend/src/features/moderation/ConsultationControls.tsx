import { useState } from 'react';
import { Anchor, Button, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, unwrapWithEtag } from '../../api/client';
import { Link } from 'react-router';
import type { Consultation, ConsultationUpdate } from '../../api/types';
import { usePermissions } from '../../auth/usePermissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime } from '../../lib/formatDate';
import { parseTypedDate } from '../../lib/parseDate';
import { countFeedback, FEEDBACK_STATUSES, moderationKeys } from './queries';

/** The window, the state, the counts per moderation state while it runs, and the coordinator's controls. */
export function ConsultationControls({ consultation: c }: { consultation: Consultation }) {
  const { t, i18n } = useTranslation();
  const permissions = usePermissions();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [extendTo, setExtendTo] = useState('');
  const counts = useQuery({
    queryKey: moderationKeys.counts(c.id, {}),
    queryFn: ({ signal }) => countFeedback(c.id, {}, signal),
    refetchInterval: c.status === 'open' ? 30_000 : false,
  });

  async function change(body: ConsultationUpdate) {
    setPending(true);
    setError(null);
    try {
      // The list row carries no ETag: read the consultation for its current one.
      const current = await unwrapWithEtag(
        api.GET('/consultations/{consultation_id}', { params: { path: { consultation_id: c.id } } }),
      );
      await unwrapWithEtag(
        api.PATCH('/consultations/{consultation_id}', {
          params: { path: { consultation_id: c.id }, header: { 'If-Match': current.etag ?? '' } },
          body,
        }),
      );
      await queryClient.invalidateQueries({ queryKey: moderationKeys.consultation(c.id) });
      await queryClient.invalidateQueries({ queryKey: moderationKeys.consultations, exact: true });
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  }

  async function publish(on: boolean) {
    setPending(true);
    setError(null);
    try {
      const path = { params: { path: { consultation_id: c.id } } };
      await unwrap(
        on
          ? api.POST('/consultations/{consultation_id}/synthesis/publication', path)
          : api.DELETE('/consultations/{consultation_id}/synthesis/publication', path),
      );
      await queryClient.invalidateQueries({ queryKey: moderationKeys.consultation(c.id) });
      await queryClient.invalidateQueries({ queryKey: moderationKeys.consultations, exact: true });
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  }

  const extend = () => {
    const day = parseTypedDate(extendTo);
    if (day) void change({ closes_at: new Date(`${day}T23:59:59`).toISOString() });
  };

  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        <StatusBadge tone={c.status === 'open' ? 'success' : c.status === 'closed' ? 'info' : 'warning'}>
          {t(`consultationStatus.${c.status}`)}
        </StatusBadge>
        <Text size="sm">
          {t('public.windowRange', {
            from: formatDateTime(c.opens_at, i18n.language),
            to: formatDateTime(c.closes_at, i18n.language),
          })}
        </Text>
      </Group>
      {counts.data ? (
        <Text size="sm" data-testid="consultation-counts">
          {t('consultationAdmin.total', { count: counts.data.total })}:{' '}
          {FEEDBACK_STATUSES.filter((s) => counts.data.by_status[s])
            .map((s) => `${t(`feedbackStatus.${s}`)} ${counts.data.by_status[s]}`)
            .join(' · ')}
        </Text>
      ) : null}
      {permissions.editConsultations ? (
        <Group gap="xs" wrap="wrap">
          {c.status === 'draft' || c.status === 'closed' ? (
            <Button size="xs" loading={pending} onClick={() => void change({ status: 'open' })}>
              {c.status === 'draft' ? t('consultationAdmin.open') : t('consultationAdmin.reopen')}
            </Button>
          ) : null}
          {c.status === 'open' ? (
            <Button size="xs" variant="default" loading={pending} onClick={() => void change({ status: 'closed' })}>
              {t('consultationAdmin.close')}
            </Button>
          ) : null}
          {c.status === 'closed' && !c.synthesis_published_at ? (
            <Button size="xs" variant="filled" color="green.9" loading={pending} onClick={() => void publish(true)}>
              {t('web2.publish.publish')}
            </Button>
          ) : null}
          {c.synthesis_published_at ? (
            <Button size="xs" variant="subtle" loading={pending} onClick={() => void publish(false)}>
              {t('web2.publish.withdraw')}
            </Button>
          ) : null}
          {c.status !== 'archived' ? (
            <Popover withinPortal={false} trapFocus position="bottom-start">
              <Popover.Target>
                <Button size="xs" variant="default">
                  {t('consultationAdmin.extend')}
                </Button>
              </Popover.Target>
              <Popover.Dropdown>
                <Stack gap="xs">
                  <TextInput
                    label={t('consultationAdmin.closes')}
                    placeholder="dd/mm/yyyy"
                    value={extendTo}
                    onChange={(e) => setExtendTo(e.currentTarget.value)}
                  />
                  <Button size="xs" onClick={extend} disabled={!parseTypedDate(extendTo)} loading={pending}>
                    {t('consultationAdmin.saveWindow')}
                  </Button>
                </Stack>
              </Popover.Dropdown>
            </Popover>
          ) : null}
        </Group>
      ) : null}
      {c.synthesis_published_at ? (
        <Text size="sm" data-testid="synthesis-published">
          {t('web2.publish.published', { when: formatDateTime(c.synthesis_published_at, i18n.language) })}{' '}
          <Anchor component={Link} to={`/public/consultations/${c.id}/synthesis`}>
            {t('web2.publish.publicLink')}
          </Anchor>
        </Text>
      ) : null}
      <ErrorAlert error={error} />
    </Stack>
  );
}
