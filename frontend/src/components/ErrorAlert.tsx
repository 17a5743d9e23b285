import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessageKey, isApiError } from '../api/errors';

/** The translated message for any error thrown by the API layer. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    const key = errorMessageKey(error) as 'errors.unexpected';
    const seconds = isApiError(error) && error.retryAfter !== null ? error.retryAfter : null;
    return t(key, { seconds: seconds ?? 60 });
  };
}

/**
 * A translated headline plus, when the server said something specific (an
 * outside-the-window 409, a 403 reason), its own words underneath.
 */
export function ErrorAlert({
  error,
  title,
  generic = true,
}: {
  error: unknown;
  title?: string;
  /** With a `title`: also show the status's generic message (off when the title says it better). */
  generic?: boolean;
}) {
  const message = useErrorMessage();
  if (!error) return null;
  const detail = isApiError(error) ? error.detail : null;
  return (
    <Alert color="red" variant="light" title={title ?? message(error)} role="alert" c="red.9">
      {title && generic ? <Text size="sm">{message(error)}</Text> : null}
      {detail ? (
        <Text size="sm" c="dark.7">
          {detail}
        </Text>
      ) : null}
    </Alert>
  );
}
