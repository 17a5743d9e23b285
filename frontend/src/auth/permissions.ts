/**
 * DESIGN.md's role table, as the UI needs it: what to show, not what is
 * allowed — the server enforces every rule again. Keep the two in step.
 */
import type { components } from '../api/schema';

export type Role = components['schemas']['UserRead']['role'];

export interface PermissionSubject {
  role: Role;
  unit_id?: string | null;
}

export interface Permissions {
  /** users, units, service accounts: write */
  manageUsers: boolean;
  /** users list (units are readable by every signed-in role) */
  readUsers: boolean;
  /** plans, phases, milestones, channels */
  editPlans: boolean;
  /** tasks and assignments (create, edit, delete) */
  editTasks: boolean;
  /** update an assignment of this unit / post progress on it */
  canUpdateAssignment: (unitId: string | null | undefined) => boolean;
  /** urge an assignment, review progress */
  urge: boolean;
  /** draft documents, consultations */
  editConsultations: boolean;
  submitFeedback: boolean;
  readFeedback: boolean;
  /** contributor contact details (PII) */
  readContactDetails: boolean;
  /** moderate, answer, tag */
  moderateFeedback: boolean;
  readAudit: boolean;
  importPlans: boolean;
}

const NONE: Permissions = {
  manageUsers: false,
  readUsers: false,
  editPlans: false,
  editTasks: false,
  canUpdateAssignment: () => false,
  urge: false,
  editConsultations: false,
  submitFeedback: false,
  readFeedback: false,
  readContactDetails: false,
  moderateFeedback: false,
  readAudit: false,
  importPlans: false,
};

export function permissionsFor(user: PermissionSubject | null | undefined): Permissions {
  if (!user) return NONE;
  const { role } = user;
  const admin = role === 'admin';
  const coordinating = admin || role === 'coordinator';
  const moderating = admin || role === 'moderator';
  return {
    manageUsers: admin,
    readUsers: coordinating,
    editPlans: coordinating,
    editTasks: coordinating,
    canUpdateAssignment: (unitId) =>
      coordinating || (role === 'unit_officer' && !!unitId && !!user.unit_id && unitId === user.unit_id),
    urge: coordinating,
    editConsultations: coordinating,
    submitFeedback: role !== 'viewer',
    readFeedback: coordinating || role === 'moderator' || role === 'viewer',
    readContactDetails: moderating,
    moderateFeedback: moderating,
    readAudit: coordinating,
    importPlans: coordinating,
  };
}
