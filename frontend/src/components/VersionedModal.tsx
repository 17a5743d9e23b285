import type { ReactNode } from 'react';
import { Modal } from '@mantine/core';
import { useQuery, type QueryKey } from '@tanstack/react-query';
import type { Versioned } from '../hooks/useEtagMutation';
import { ErrorAlert } from './ErrorAlert';
import { PageLoader } from './PageLoader';

export interface VersionedModalProps<T> {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** Cache key of the single resource (its data and ETag). */
  queryKey: QueryKey;
  load: (signal: AbortSignal) => Promise<Versioned<T>>;
  size?: string;
  /** The editor, remounted when the version changes (after a save or "reload theirs"). */
  children: (resource: Versioned<T>) => ReactNode;
}

/**
 * A dialog that loads one resource with its ETag and hands it to an editor.
 * The list rows never carry ETags, so every edit starts from a fresh GET.
 */
export function VersionedModal<T>({
  opened,
  onClose,
  title,
  queryKey,
  load,
  size = 'lg',
  children,
}: VersionedModalProps<T>) {
  const query = useQuery({ queryKey, queryFn: ({ signal }) => load(signal), enabled: opened, staleTime: 0 });
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} closeButtonProps={{ 'aria-label': title }}>
      {query.isPending ? <PageLoader /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data ? <div key={query.data.etag ?? 'none'}>{children(query.data)}</div> : null}
    </Modal>
  );
}
