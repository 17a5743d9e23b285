import { lazy, Suspense } from 'react';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { usePermissions } from '../../auth/usePermissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { RoutedTabs } from '../../components/RoutedTabs';
import { ConsultationControls } from './ConsultationControls';
import { useConsultation } from './queries';

const QueuePage = lazy(() => import('./QueuePage'));
const ClustersPage = lazy(() => import('./ClustersPage'));
const ClusterView = lazy(() => import('./ClusterView'));
const SynthesisPage = lazy(() => import('./SynthesisPage'));
const TemplatesPage = lazy(() => import('./TemplatesPage'));

type Tab = 'queue' | 'clusters' | 'synthesis' | 'templates';

/** One consultation's feedback: the queue, near-duplicate clusters, the synthesis, answer templates. */
export default function ModerationPage() {
  const { consultationId = '' } = useParams();
  const { t } = useTranslation();
  const permissions = usePermissions();
  const location = useLocation();
  const navigate = useNavigate();
  const consultation = useConsultation(consultationId);
  const seg = location.pathname.split('/')[3] as Tab | undefined;
  const tab: Tab = seg && ['clusters', 'synthesis', 'templates'].includes(seg) ? seg : 'queue';

  if (consultation.isPending) return <PageLoader />;
  if (consultation.isError) return <ErrorAlert error={consultation.error} />;
  const c = consultation.data;

  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to="/feedback" size="sm">
          ← {t('nav.feedback')}
        </Anchor>
        <Title order={1} fz={{ base: 'h3', sm: 'h2' }} mt={4}>
          {c.title}
        </Title>
        <Text size="sm">
          {t('moderation.documentVersion', { title: c.document_title, version: c.document_version })}
        </Text>
        <ConsultationControls consultation={c} />
      </div>
      <RoutedTabs
        value={tab}
        tabs={[
          { value: 'queue', label: t('moderation.tabs.queue') },
          { value: 'clusters', label: t('moderation.tabs.clusters') },
          { value: 'synthesis', label: t('moderation.tabs.synthesis') },
          ...(permissions.moderateFeedback ? [{ value: 'templates', label: t('moderation.tabs.templates') }] : []),
        ]}
        onChange={(v) => navigate(v === 'queue' ? `/feedback/${consultationId}` : `/feedback/${consultationId}/${v}`)}
      >
        <Suspense fallback={<PageLoader />}>
          <Routes>
            <Route index element={<QueuePage consultation={c} />} />
            <Route path="clusters" element={<ClustersPage consultation={c} />} />
            <Route path="clusters/:clusterId" element={<ClusterView consultation={c} />} />
            <Route path="synthesis" element={<SynthesisPage consultation={c} />} />
            <Route path="templates" element={<TemplatesPage consultation={c} />} />
          </Routes>
        </Suspense>
      </RoutedTabs>
    </Stack>
  );
}
