/** Factories for API payloads in tests, typed from the generated schemas. */
import type { Assignment, MyAssignment, Task } from '../api/types';

export const PLAN_ID = '9b2e4f1a-0000-4000-8000-0000000000aa';
export const UNIT_A = '9b2e4f1a-0000-4000-8000-00000000a001';
export const UNIT_B = '9b2e4f1a-0000-4000-8000-00000000b001';

export function assignment(overrides: Partial<Assignment> = {}): Assignment {
  return {
    id: '9b2e4f1a-0000-4000-8000-0000000a5500',
    task_id: '9b2e4f1a-0000-4000-8000-000000000001',
    unit_id: UNIT_A,
    role: 'lead',
    status: 'in_progress',
    percent: 40,
    completed_at: null,
    last_update_at: null,
    etag: '"a-1"',
    ...overrides,
  };
}

export function task(overrides: Partial<Task> = {}): Task {
  return {
    id: '9b2e4f1a-0000-4000-8000-000000000001',
    etag: '"t-1"',
    plan_id: PLAN_ID,
    phase_id: null,
    source_section: 'IV.1',
    title: 'Tổ chức hội nghị báo cáo viên',
    body: 'Nội dung gốc',
    lead_unit_id: UNIT_A,
    lead_group_id: null,
    supporting_unit_ids: [],
    supporting_group_ids: [],
    awaiting_members: false,
    due: { kind: 'fixed', date: '2020-04-15' },
    due_date: '2020-04-15',
    status: 'in_progress',
    percent: 40,
    overdue: false,
    completed_on: null,
    channel_ids: [],
    assignments: [assignment()],
    created_at: '2020-02-11T01:00:00Z',
    updated_at: '2020-02-11T01:00:00Z',
    ...overrides,
  };
}

export function myAssignment(overrides: Partial<MyAssignment> = {}): MyAssignment {
  return {
    id: '9b2e4f1a-0000-4000-8000-0000000a5500',
    task_id: '9b2e4f1a-0000-4000-8000-000000000001',
    plan_id: PLAN_ID,
    phase_id: null,
    unit_id: UNIT_A,
    title: 'Tổ chức hội nghị báo cáo viên',
    role: 'lead',
    status: 'in_progress',
    percent: 40,
    due_date: '2020-04-15',
    overdue: false,
    completed_at: null,
    etag: '"a-1"',
    ...overrides,
  };
}
