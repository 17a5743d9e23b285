import { Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanStatus } from '../../api/types';
import { StatusBadge, type Tone } from '../../components/StatusBadge';
import { ZoneNote } from '../../components/ZoneNote';
import { formatDate } from '../../lib/formatDate';

export function planStatusTone(status: PlanStatus): Tone {
  return status === 'active' ? 'success' : status === 'completed' ? 'info' : 'neutral';
}

/** Number, date and place, issuer and signer: the header of the plan document. */
export function PlanHeader({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  return (
    <div>
      <Group gap="xs" wrap="wrap">
        <Text c="dimmed" size="sm">
          {plan.issuing_body ?? ''}
        </Text>
        <StatusBadge tone={planStatusTone(plan.status)}>{t(`planStatus.${plan.status}`)}</StatusBadge>
        {plan.published ? <StatusBadge tone="info">{t('plan.published')}</StatusBadge> : null}
        <ZoneNote timeZone={plan.effective_timezone} />
      </Group>
      <Title order={1} mt={4} fz={{ base: 'h3', sm: 'h2' }}>
        {plan.title}
      </Title>
      <Text size="sm" mt={4}>
        {t('plan.codeDated', {
          code: plan.code,
          date: plan.issued_on ? formatDate(plan.issued_on, i18n.language) : '—',
        })}
        {plan.place ? ` · ${plan.place}` : ''}
        {plan.signer_name ? ` · ${t('plan.signedBy', { name: plan.signer_name, title: plan.signer_title ?? '' })}` : ''}
      </Text>
    </div>
  );
}
