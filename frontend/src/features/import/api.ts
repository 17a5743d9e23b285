import { api, unwrap } from '../../api/client';
import type { PlanImportPreview, PlanImportResult } from '../../api/types';

/** Member units chosen on the review, by the draft's group key. */
export type GroupMembers = Record<string, string[]>;

/** The file as multipart/form-data (openapi-fetch sends JSON unless told otherwise). */
const asForm = (file: File, groupMembers?: GroupMembers) => () => {
  const form = new FormData();
  form.append('file', file, file.name);
  const chosen = Object.fromEntries(Object.entries(groupMembers ?? {}).filter(([, ids]) => ids.length));
  if (Object.keys(chosen).length) form.append('group_members', JSON.stringify(chosen));
  return form;
};

/** Parse and check only: the draft with its warnings; nothing is saved. */
export function previewImport(file: File, signal?: AbortSignal): Promise<PlanImportPreview> {
  return unwrap(
    api.POST('/plans/import', {
      params: { query: { dry_run: true } },
      body: { file: '', dry_run: true },
      bodySerializer: asForm(file),
      signal,
    }),
  ) as Promise<PlanImportPreview>;
}

/** Create the plan, its phases, milestones, channels, units and tasks in one transaction. */
export function runImport(file: File, groupMembers?: GroupMembers): Promise<PlanImportResult> {
  return unwrap(
    api.POST('/plans/import', {
      params: { query: { dry_run: false } },
      body: { file: '', dry_run: false },
      bodySerializer: asForm(file, groupMembers),
    }),
  ) as Promise<PlanImportResult>;
}
