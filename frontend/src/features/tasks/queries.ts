import type { Standing } from '../dashboard/standings';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag, unwrapItems } from '../../api/client';
import type { AssignmentRole, AssignmentStatus, AssignmentUpdate, TaskCreate, TaskUpdate } from '../../api/types';

export type TaskSort = 'due_date' | '-due_date' | 'title' | '-title' | 'created_at' | '-created_at';

export interface TaskFilters {
  phase_id?: string | null;
  unit_id?: string | null;
  role?: AssignmentRole | null;
  status?: AssignmentStatus[];
  overdue?: boolean | null;
  due_before?: string | null;
  due_after?: string | null;
  standing?: Standing | null;
  q?: string;
  sort?: TaskSort;
}

export const taskKeys = {
  all: ['tasks'] as const,
  list: (planId: string, filters: TaskFilters) => ['tasks', 'list', planId, filters] as const,
  task: (id: string) => ['tasks', 'one', id] as const,
  assignment: (taskId: string, unitId: string) => ['tasks', 'one', taskId, 'assignment', unitId] as const,
  history: (taskId: string, unitId: string) => ['tasks', 'one', taskId, 'history', unitId] as const,
  myAssignments: ['tasks', 'me'] as const,
};

export function listTasks(planId: string, f: TaskFilters, cursor: string | null, signal?: AbortSignal, limit = 100) {
  return unwrap(
    api.GET('/plans/{plan_id}/tasks', {
      params: {
        path: { plan_id: planId },
        query: {
          phase_id: f.phase_id ?? null,
          unit_id: f.unit_id ?? null,
          role: f.unit_id ? (f.role ?? null) : null,
          status: f.status?.length ? f.status : null,
          overdue: f.overdue ?? null,
          due_before: f.due_before ?? null,
          due_after: f.due_after ?? null,
          standing: f.standing ?? null,
          q: f.q?.trim() || null,
          sort: f.sort ?? 'due_date',
          limit,
          cursor,
        },
      },
      signal,
    }),
  );
}

export function loadTask(taskId: string, signal?: AbortSignal) {
  return unwrapWithEtag(api.GET('/tasks/{task_id}', { params: { path: { task_id: taskId } }, signal }));
}

export function useTask(taskId: string) {
  return useQuery({ queryKey: taskKeys.task(taskId), queryFn: ({ signal }) => loadTask(taskId, signal) });
}

export function patchTask(taskId: string, body: TaskUpdate, etag: string) {
  return unwrapWithEtag(
    api.PATCH('/tasks/{task_id}', {
      params: { path: { task_id: taskId }, header: { 'If-Match': etag } },
      body,
    }),
  );
}

export function createTask(planId: string, body: TaskCreate) {
  return unwrap(api.POST('/plans/{plan_id}/tasks', { params: { path: { plan_id: planId } }, body }));
}

export function loadAssignment(taskId: string, unitId: string, signal?: AbortSignal) {
  return unwrapWithEtag(
    api.GET('/tasks/{task_id}/assignments/{unit_id}', {
      params: { path: { task_id: taskId, unit_id: unitId } },
      signal,
    }),
  );
}

export function patchAssignment(taskId: string, unitId: string, body: AssignmentUpdate, etag: string) {
  return unwrapWithEtag(
    api.PATCH('/tasks/{task_id}/assignments/{unit_id}', {
      params: { path: { task_id: taskId, unit_id: unitId }, header: { 'If-Match': etag } },
      body,
    }),
  );
}

export function useAssignmentHistory(taskId: string, unitId: string, enabled = true) {
  return useQuery({
    queryKey: taskKeys.history(taskId, unitId),
    enabled,
    queryFn: ({ signal }) =>
      unwrapItems(
        api.GET('/tasks/{task_id}/assignments/{unit_id}/history', {
          params: { path: { task_id: taskId, unit_id: unitId }, query: { limit: 200 } },
          signal,
        }),
      ),
  });
}

export function urgeAssignment(taskId: string, unitId: string, message: string) {
  return unwrap(
    api.POST('/tasks/{task_id}/assignments/{unit_id}/urge', {
      params: { path: { task_id: taskId, unit_id: unitId } },
      body: { message },
    }),
  );
}

export function useMyAssignments() {
  return useQuery({
    queryKey: taskKeys.myAssignments,
    queryFn: ({ signal }) => unwrap(api.GET('/me/assignments', { params: { query: { limit: 200 } }, signal })),
  });
}
