import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/errors';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retry reads only when it can help: no answer or a 5xx, twice.
        retry: (count, error) => count < 2 && isApiError(error) && error.isTransient,
      },
      mutations: { retry: false },
    },
  });
}
