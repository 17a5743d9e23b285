import { Alert } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';

/** On the admin screen: says when e-mail is off (no PLANDESK_SMTP_HOST), so nobody expects mail. */
export function EmailStatusNotice() {
  const { t } = useTranslation();
  const status = useQuery({
    queryKey: ['admin', 'status'],
    queryFn: ({ signal }) => unwrap(api.GET('/admin/status', { signal })),
    staleTime: 60_000,
    retry: false,
  });
  const email = status.data?.email;
  if (!email) return null;
  return email.enabled ? (
    <Alert color="green" variant="light" title={t('notifications.emailOn')} data-testid="email-status">
      {email.detail}
    </Alert>
  ) : (
    <Alert color="yellow" variant="light" c="dark.8" title={t('notifications.emailOff')} data-testid="email-status">
      {t('notifications.emailOffDetail')}
    </Alert>
  );
}
