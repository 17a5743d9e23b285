import { permissionsFor, ROLE_PERMISSIONS } from './permissions';

const UNIT_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const UNIT_B = 'bbbbbbbb-0000-4000-8000-000000000002';

describe('permissionsFor (DESIGN.md role table)', () => {
  it('a viewer edits nothing and submits no feedback, but reads feedback', () => {
    const p = permissionsFor({ role: 'viewer', unit_id: null });
    expect(p.editPlans || p.editTasks || p.editConsultations || p.manageUsers || p.urge).toBe(false);
    expect(p.canUpdateAssignment(UNIT_A)).toBe(false);
    expect(p.submitFeedback).toBe(false);
    expect(p.readFeedback).toBe(true);
    expect(p.readContactDetails).toBe(false);
  });

  it('a unit officer updates only their own unit’s assignments', () => {
    const p = permissionsFor({ role: 'unit_officer', unit_id: UNIT_A });
    expect(p.canUpdateAssignment(UNIT_A)).toBe(true);
    expect(p.canUpdateAssignment(UNIT_B)).toBe(false);
    expect(p.editTasks).toBe(false);
    expect(p.urge).toBe(false);
    expect(p.readFeedback).toBe(false);
    expect(p.submitFeedbackBatch).toBe(true);
  });

  it('a coordinator writes plans and tasks, urges, reads the audit log, but sees no contact details', () => {
    const p = permissionsFor({ role: 'coordinator', unit_id: null });
    expect(p.editPlans && p.editTasks && p.urge && p.readAudit && p.editConsultations).toBe(true);
    expect(p.canUpdateAssignment(UNIT_B)).toBe(true);
    expect(p.readContactDetails).toBe(false);
    expect(p.moderateFeedback).toBe(false);
    expect(p.manageUsers).toBe(false);
    expect(p.readUsers).toBe(true);
  });

  it('a moderator moderates and sees contact details, and edits no plan', () => {
    const p = permissionsFor({ role: 'moderator', unit_id: null });
    expect(p.moderateFeedback && p.readContactDetails && p.readFeedback).toBe(true);
    expect(p.editPlans || p.editTasks || p.readAudit).toBe(false);
  });

  it('an admin may do everything', () => {
    const p = permissionsFor({ role: 'admin', unit_id: null });
    expect(p.manageUsers && p.editPlans && p.moderateFeedback && p.readContactDetails && p.readAudit).toBe(true);
  });

  it('prefers the permission list the server sent with /auth/me', () => {
    const p = permissionsFor({ role: 'viewer', unit_id: null, permissions: ['plans:read', 'plans:write'] });
    expect(p.editPlans).toBe(true);
    expect(p.readFeedback).toBe(false);
  });

  it('nobody signed in may do anything', () => {
    const p = permissionsFor(null);
    expect(Object.values(p).filter((v) => v === true)).toHaveLength(0);
  });

  it('covers every role', () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([
      'admin',
      'coordinator',
      'moderator',
      'unit_officer',
      'viewer',
    ]);
  });
});
