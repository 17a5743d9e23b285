import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

function Fallback({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const chunkFailed =
    error instanceof Error && /dynamically imported module|Importing a module script failed/i.test(error.message);
  return (
    <Stack maw={560} p="md">
      {chunkFailed ? (
        <Alert color="yellow" variant="light" c="dark.8" role="alert">
          {t('errors.chunk')}
        </Alert>
      ) : (
        <ErrorAlert error={error} />
      )}
      <Button variant="default" onClick={chunkFailed ? () => window.location.reload() : onRetry} w="fit-content">
        {t('common.retry')}
      </Button>
    </Stack>
  );
}

/** Keeps one broken screen (or a chunk lost to a deploy) from blanking the app. */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  render() {
    if (this.state.error) return <Fallback error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
