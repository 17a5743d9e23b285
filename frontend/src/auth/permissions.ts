/**
 * What the signed-in user may see and do, for the UI: which buttons and
 * screens to show. The server enforces every rule again.
 *
 * `GET /auth/me` returns the caller's permission strings, computed by the
 * backend's policy module (core/policy.py) from DESIGN.md's role table; the
 * UI reads those. `ROLE_PERMISSIONS` mirrors the same table for when a
 * server sends no list (and documents it next to the UI that relies on it).
 */
import type { Me, Role } from '../api/types';

export type PermissionName =
  | 'users:read'
  | 'users:write'
  | 'units:read'
  | 'units:write'
  | 'unit_groups:write'
  | 'service_accounts:write'
  | 'plans:read'
  | 'plans:write'
  | 'tasks:read'
  | 'tasks:write'
  | 'assignments:update'
  | 'progress:post'
  | 'tasks:urge'
  | 'documents:read'
  | 'documents:write'
  | 'feedback:submit'
  | 'feedback:submit_batch'
  | 'feedback:read'
  | 'feedback:contacts'
  | 'feedback:moderate'
  | 'audit:read'
  | 'calendar:read'
  | 'webhooks:manage'
  | 'jobs:admin';

const READ_ALL: PermissionName[] = ['units:read', 'plans:read', 'tasks:read', 'documents:read', 'calendar:read'];

export const ROLE_PERMISSIONS: Record<Role, readonly PermissionName[]> = {
  admin: [
    ...READ_ALL,
    'users:read',
    'users:write',
    'units:write',
    'unit_groups:write',
    'service_accounts:write',
    'plans:write',
    'tasks:write',
    'assignments:update',
    'progress:post',
    'tasks:urge',
    'documents:write',
    'feedback:submit',
    'feedback:submit_batch',
    'feedback:read',
    'feedback:contacts',
    'feedback:moderate',
    'audit:read',
    'webhooks:manage',
    'jobs:admin',
  ],
  coordinator: [
    ...READ_ALL,
    'users:read',
    'unit_groups:write',
    'plans:write',
    'tasks:write',
    'assignments:update',
    'progress:post',
    'tasks:urge',
    'documents:write',
    'feedback:submit',
    'feedback:submit_batch',
    'feedback:read',
    'audit:read',
    'webhooks:manage',
  ],
  unit_officer: [...READ_ALL, 'assignments:update', 'progress:post', 'feedback:submit', 'feedback:submit_batch'],
  moderator: [...READ_ALL, 'feedback:submit', 'feedback:read', 'feedback:contacts', 'feedback:moderate'],
  viewer: [...READ_ALL, 'feedback:read'],
};

export type PermissionSubject = Pick<Me, 'role' | 'unit_id'> & { permissions?: readonly string[] | null };

export interface Permissions {
  has: (permission: PermissionName) => boolean;
  /** users, units, service accounts: write */
  manageUsers: boolean;
  readUsers: boolean;
  /** plans, phases, milestones, channels */
  editPlans: boolean;
  /** tasks and assignments: create, edit, delete, for any unit */
  editTasks: boolean;
  /** update this unit's assignment and post progress on it */
  canUpdateAssignment: (unitId: string | null | undefined) => boolean;
  /** urge an assignment, review progress */
  urge: boolean;
  /** draft documents, consultations */
  editConsultations: boolean;
  submitFeedback: boolean;
  submitFeedbackBatch: boolean;
  readFeedback: boolean;
  /** contributor contact details (PII) */
  readContactDetails: boolean;
  /** moderate, answer, tag */
  moderateFeedback: boolean;
  readAudit: boolean;
  importPlans: boolean;
}

export function isRole(role: string): role is Role {
  return role in ROLE_PERMISSIONS;
}

export function permissionsFor(user: PermissionSubject | null | undefined): Permissions {
  const granted = new Set<string>(
    !user ? [] : user.permissions?.length ? user.permissions : isRole(user.role) ? ROLE_PERMISSIONS[user.role] : [],
  );
  const has = (p: PermissionName) => granted.has(p);
  const ownUnit = user?.unit_id ?? null;
  return {
    has,
    manageUsers: has('users:write'),
    readUsers: has('users:read'),
    editPlans: has('plans:write'),
    editTasks: has('tasks:write'),
    // Same rule as Principal.acts_for_unit: tasks:write acts for every unit.
    canUpdateAssignment: (unitId) =>
      has('tasks:write') || (has('assignments:update') && !!unitId && !!ownUnit && unitId === ownUnit),
    urge: has('tasks:urge'),
    editConsultations: has('documents:write'),
    submitFeedback: has('feedback:submit'),
    submitFeedbackBatch: has('feedback:submit_batch'),
    readFeedback: has('feedback:read'),
    readContactDetails: has('feedback:contacts'),
    moderateFeedback: has('feedback:moderate'),
    readAudit: has('audit:read'),
    importPlans: has('plans:write'),
  };
}
