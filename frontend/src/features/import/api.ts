import { api, unwrap } from '../../api/client';
import type { PlanImportPreview, PlanImportResult } from '../../api/types';

/** The file as multipart/form-data (openapi-fetch sends JSON unless told otherwise). */
const asForm = (file: File) => () => {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
};

/** Parse and check only: the draft with its warnings; nothing is saved. */
export function previewImport(file: File, signal?: AbortSignal): Promise<PlanImportPreview> {
  return unwrap(
    api.POST('/plans/import', {
      params: { query: { dry_run: true } },
      body: { file: '' },
      bodySerializer: asForm(file),
      signal,
    }),
  ) as Promise<PlanImportPreview>;
}

/** Create the plan, its phases, milestones, channels, units and tasks in one transaction. */
export function runImport(file: File): Promise<PlanImportResult> {
  return unwrap(
    api.POST('/plans/import', {
      params: { query: { dry_run: false } },
      body: { file: '' },
      bodySerializer: asForm(file),
    }),
  ) as Promise<PlanImportResult>;
}
