import { useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag } from '../../api/client';
import type { TaskUpdate } from '../../api/types';

export const taskKeys = {
  task: (id: string) => ['task', id] as const,
  myAssignments: ['me', 'assignments'] as const,
};

export function loadTask(taskId: string, signal?: AbortSignal) {
  return unwrapWithEtag(api.GET('/tasks/{task_id}', { params: { path: { task_id: taskId } }, signal }));
}

export function useTask(taskId: string) {
  return useQuery({ queryKey: taskKeys.task(taskId), queryFn: ({ signal }) => loadTask(taskId, signal) });
}

export function patchTask(taskId: string, body: TaskUpdate, etag: string) {
  return unwrapWithEtag(
    api.PATCH('/tasks/{task_id}', {
      params: { path: { task_id: taskId } },
      headers: { 'If-Match': etag },
      body,
    }),
  );
}

export function useMyAssignments() {
  return useQuery({
    queryKey: taskKeys.myAssignments,
    queryFn: ({ signal }) => unwrap(api.GET('/me/assignments', { params: { query: { limit: 200 } }, signal })),
  });
}
