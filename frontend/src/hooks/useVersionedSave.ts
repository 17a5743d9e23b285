import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEtagMutation, type Versioned } from './useEtagMutation';

export interface VersionedSaveOptions<TBody, TResource> {
  /** Where the resource and its ETag are cached (see `VersionedModal`). */
  queryKey: QueryKey;
  send: (body: TBody, etag: string) => Promise<Versioned<TResource>>;
  load: () => Promise<Versioned<TResource>>;
  /** Lists and other caches that show this resource. */
  invalidate?: QueryKey[];
  onSaved?: (result: Versioned<TResource>) => void;
}

/**
 * `useEtagMutation` wired to the query cache: a save stores the new version
 * (and its ETag) and refreshes the lists; choosing "reload" in the conflict
 * dialog stores the other version, which remounts the editor with it.
 */
export function useVersionedSave<TBody, TResource>(options: VersionedSaveOptions<TBody, TResource>) {
  const queryClient = useQueryClient();
  const refresh = () => {
    for (const key of options.invalidate ?? []) void queryClient.invalidateQueries({ queryKey: key });
  };
  return useEtagMutation<TBody, TResource>({
    send: options.send,
    loadCurrent: options.load,
    onSaved: (result) => {
      queryClient.setQueryData(options.queryKey, result);
      refresh();
      options.onSaved?.(result);
    },
    onReload: (current) => {
      queryClient.setQueryData(options.queryKey, current);
      refresh();
    },
  });
}
