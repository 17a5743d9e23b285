import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, useRoutes, type RouteObject } from 'react-router';
import AuthRoot from './auth/AuthRoot';
import { loadAppStrings } from './i18n';
import { PageLoader } from './components/PageLoader';
import { RouteErrorBoundary } from './components/RouteErrorBoundary';
import PublicLayout from './public/PublicLayout';

// Every screen is its own chunk: the public consultation pages must not pull
// the signed-in app (charts, tables, date pickers) into their first load.
const ConsultationListPage = lazy(() => import('./public/ConsultationListPage'));
const ConsultationPage = lazy(() => import('./public/ConsultationPage'));
const ReceiptPage = lazy(() => import('./public/ReceiptPage'));
const FeedbackLookupPage = lazy(() => import('./public/FeedbackLookupPage'));
const PublicSynthesisPage = lazy(() => import('./public/PublicSynthesisPage'));

const LoginPage = lazy(() => import('./auth/LoginPage'));
// The signed-in app's strings arrive with its code (see i18n/index.ts).
const ProtectedApp = lazy(() =>
  Promise.all([import('./shell/ProtectedApp'), loadAppStrings()]).then(([module]) => module),
);
const HomePage = lazy(() => import('./pages/HomePage'));
const DashboardPage = lazy(() => import('./pages/DashboardPage'));
const MyWorkPage = lazy(() => import('./features/my-work/MyWorkPage'));
const TaskPage = lazy(() => import('./features/tasks/TaskPage'));
const PlansPage = lazy(() => import('./features/plans/PlansPage'));
const PlanPage = lazy(() => import('./features/plans/PlanPage'));
const AssignmentEditPage = lazy(() => import('./features/tasks/AssignmentEditPage'));
const ConsultationsPage = lazy(() => import('./features/moderation/ConsultationsPage'));
const ModerationPage = lazy(() => import('./features/moderation/ModerationPage'));
const ImportPage = lazy(() => import('./features/import/ImportPage'));
const AuditPage = lazy(() => import('./features/audit/AuditPage'));
const AdminPage = lazy(() => import('./features/admin/AdminPage'));
const IntegrationsPage = lazy(() => import('./features/integrations/IntegrationsPage'));
const AccountPage = lazy(() => import('./features/account/AccountPage'));
const MeetingPage = lazy(() => import('./features/meetings/MeetingPage'));
const DocumentsPage = lazy(() => import('./features/documents/DocumentsPage'));
const DocumentPage = lazy(() => import('./features/documents/DocumentPage'));
const NotificationsPage = lazy(() => import('./features/notifications/NotificationsPage'));
const NotificationPreferencesPage = lazy(() => import('./features/notifications/NotificationPreferencesPage'));
const ReminderRulesPage = lazy(() => import('./features/notifications/ReminderRulesPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

function Page({ children }: { children: ReactNode }) {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<PageLoader />}>{children}</Suspense>
    </RouteErrorBoundary>
  );
}

export const routes: RouteObject[] = [
  {
    path: '/public',
    element: <PublicLayout />,
    children: [
      { index: true, element: <Navigate to="consultations" replace /> },
      { path: 'consultations', element: <ConsultationListPage /> },
      { path: 'consultations/:consultationId', element: <ConsultationPage /> },
      { path: 'consultations/:consultationId/submitted/:receipt', element: <ReceiptPage /> },
      { path: 'consultations/:consultationId/synthesis', element: <PublicSynthesisPage /> },
      { path: 'feedback', element: <FeedbackLookupPage /> },
      { path: 'feedback/:receipt', element: <FeedbackLookupPage /> },
    ],
  },
  {
    element: <AuthRoot />,
    children: [
      {
        path: '/login',
        element: (
          <Page>
            <LoginPage />
          </Page>
        ),
      },
      {
        element: (
          <Page>
            <ProtectedApp />
          </Page>
        ),
        children: [
          { index: true, element: <HomePage /> },
          { path: 'dashboard', element: <DashboardPage /> },
          { path: 'my-work', element: <MyWorkPage /> },
          { path: 'tasks/:taskId', element: <TaskPage /> },
          { path: 'tasks/:taskId/assignments/:unitId/edit', element: <AssignmentEditPage /> },
          { path: 'plans', element: <PlansPage /> },
          { path: 'plans/import', element: <ImportPage /> },
          { path: 'plans/:planId/reminders', element: <ReminderRulesPage /> },
          { path: 'plans/:planId/*', element: <PlanPage /> },
          { path: 'feedback', element: <ConsultationsPage /> },
          { path: 'feedback/:consultationId/*', element: <ModerationPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: 'account', element: <AccountPage /> },
          { path: 'account/notifications', element: <NotificationPreferencesPage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: 'meetings/new', element: <MeetingPage /> },
          { path: 'documents', element: <DocumentsPage /> },
          { path: 'documents/:documentId', element: <DocumentPage /> },
          { path: 'admin/*', element: <AdminPage /> },
          { path: 'integrations', element: <IntegrationsPage /> },
        ],
      },
    ],
  },
  {
    path: '*',
    element: (
      <Page>
        <NotFoundPage />
      </Page>
    ),
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
