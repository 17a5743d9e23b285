import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { RequireAuth } from '../auth/RequireAuth';
import { normaliseLanguage } from '../lib/formatDate';
import AppLayout from './AppLayout';

/** The signed-in app's chunk: shell, notifications, date pickers' locale. */
export default function ProtectedApp() {
  const { i18n } = useTranslation();
  const lang = normaliseLanguage(i18n.language);
  return (
    <RequireAuth>
      <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1, consistentWeeks: true }}>
        <Notifications position="top-right" />
        <AppLayout />
      </DatesProvider>
    </RequireAuth>
  );
}
