import { lazy } from 'react';
import { Navigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageLoader } from '../components/PageLoader';
import { useConsultations } from '../features/moderation/queries';

const DashboardPage = lazy(() => import('./DashboardPage'));

/** A moderator starts in the queue of the consultation that is open (else the newest one). */
function ModeratorHome() {
  const consultations = useConsultations();
  if (consultations.isPending) return <PageLoader />;
  if (consultations.isError) return <ErrorAlert error={consultations.error} />;
  const items = consultations.data.items;
  const target = items.find((c) => c.status === 'open') ?? items[0];
  return <Navigate to={target ? `/feedback/${target.id}` : '/feedback'} replace />;
}

/** Each role lands on its own work: officers on their unit's work, moderators on the queue, others on the dashboard. */
export default function HomePage() {
  const { user } = useAuth();
  if (user?.role === 'unit_officer' && user.unit_id) return <Navigate to="/my-work" replace />;
  if (user?.role === 'moderator') return <ModeratorHome />;
  return <DashboardPage />;
}
