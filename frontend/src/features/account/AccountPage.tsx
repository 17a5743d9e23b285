import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { isApiError } from '../../api/errors';
import { tokenStore } from '../../api/session';
import { useAuth } from '../../auth/AuthContext';
import { isRole } from '../../auth/permissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translatedFieldErrors } from '../../lib/fieldErrors';

const MIN = 10;

/** My account: who I am, and changing my password (my other sessions are signed out). */
export default function AccountPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    setFailure(null);
    const found: Record<string, string> = {};
    if (!current) found.current_password = t('errors.field.required');
    if (next.length < MIN) found.new_password = t('errors.field.minLength', { count: MIN });
    if (repeat !== next) found.repeat = t('account.mismatch');
    setErrors(found);
    if (Object.keys(found).length) return;
    setPending(true);
    try {
      const tokens = await unwrap(
        api.POST('/auth/password', { body: { current_password: current, new_password: next } }),
      );
      tokenStore.set(tokens.access_token, tokens.expires_in ?? undefined);
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
    } catch (err) {
      const fields = translatedFieldErrors(err, t);
      if (isApiError(err) && err.fieldErrors.current_password) fields.current_password = t('account.wrongCurrent');
      setErrors(fields);
      setFailure(err);
    } finally {
      setPending(false);
    }
  }

  if (!user) return null;
  return (
    <Stack gap="md" maw={560}>
      <Title order={1} size="h2">
        {t('account.title')}
      </Title>
      <Card withBorder padding="md">
        <Text fw={600}>{user.full_name}</Text>
        <Text size="sm">{user.email}</Text>
        <Text size="sm">
          {isRole(user.role) ? t(`roles.${user.role}`) : user.role}
          {user.unit_name ? ` · ${user.unit_name}` : ''}
        </Text>
      </Card>
      <Card withBorder padding="md" component="form" onSubmit={(e: FormEvent) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('account.changePassword')}
          </Title>
          <PasswordInput
            label={t('account.current')}
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={errors.current_password}
            required
          />
          <PasswordInput
            label={t('account.new')}
            description={t('account.hint', { count: MIN })}
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={errors.new_password}
            required
          />
          <PasswordInput
            label={t('account.repeat')}
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            error={errors.repeat}
            required
          />
          {failure && !Object.keys(errors).length ? <ErrorAlert error={failure} /> : null}
          {done ? (
            <Alert color="green" c="green.9" role="status">
              {t('account.changed')}
            </Alert>
          ) : null}
          <Button type="submit" loading={pending} w="fit-content">
            {t('account.save')}
          </Button>
        </Stack>
      </Card>
    </Stack>
  );
}
