import { useState, type FormEvent } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
  Group,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../api/errors';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { PageLoader } from '../components/PageLoader';
import { useAuth } from './AuthContext';

/** Only same-app paths: `?next=https://evil.example` must not redirect off-site. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next.startsWith('/login') ? '/' : next;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { status, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const [busy, setBusy] = useState(false);

  if (status === 'loading') return <PageLoader />;
  if (status === 'authenticated' && !busy) return <Navigate to={next} replace />;

  const fieldErrors = isApiError(error) ? error.fieldErrors : {};
  const badCredentials = isApiError(error) && error.status === 401;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const required = {
      ...(email.trim() ? {} : { email: t('login.required') }),
      ...(password ? {} : { password: t('login.required') }),
    };
    setMissing(required);
    if (Object.keys(required).length) return;
    setBusy(true);
    setError(null);
    try {
      await login(email.trim(), password);
      navigate(next, { replace: true });
    } catch (err) {
      setError(err);
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100dvh" p="md" component="main">
      <Paper withBorder shadow="sm" p="lg" radius="md" w="100%" maw={400}>
        <Group justify="space-between" mb="md" wrap="nowrap">
          <Title order={1} size="h2">
            PlanDesk
          </Title>
          <LanguageSwitcher />
        </Group>
        <Text c="dimmed" size="sm" mb="md">
          {t('login.intro')}
        </Text>
        {params.get('expired') ? (
          <Alert color="yellow" variant="light" mb="md" c="dark.8">
            {t('login.expired')}
          </Alert>
        ) : null}
        <form onSubmit={onSubmit} noValidate aria-describedby={error ? 'login-error' : undefined}>
          <Stack gap="sm">
            <TextInput
              label={t('login.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={missing.email ?? fieldErrors.email}
              autoFocus
            />
            <PasswordInput
              label={t('login.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={missing.password ?? fieldErrors.password}
            />
            <div id="login-error" aria-live="polite">
              {badCredentials ? (
                <Alert color="red" variant="light" role="alert" c="red.9">
                  {t('login.badCredentials')}
                </Alert>
              ) : error ? (
                <ErrorAlert error={error} />
              ) : null}
            </div>
            <Button type="submit" loading={busy} fullWidth>
              {t('login.submit')}
            </Button>
          </Stack>
        </form>
        <Text size="sm" mt="lg">
          <Anchor component={Link} to="/public/consultations">
            {t('login.publicLink')}
          </Anchor>
        </Text>
      </Paper>
    </Center>
  );
}
