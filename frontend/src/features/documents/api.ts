import { useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag, unwrapItems } from '../../api/client';

export interface SectionDraft {
  number: string;
  heading: string;
  text: string;
}

export const documentKeys = {
  list: ['documents'] as const,
  one: (id: string) => ['documents', 'one', id] as const,
  versions: (id: string) => ['documents', 'one', id, 'versions'] as const,
  // Not ['documents', id, 'v', n]: moderation caches a version's sections under that key.
  version: (id: string, n: number) => ['documents', 'one', id, 'version', n] as const,
};

const withFile = (file: File, fields: Record<string, string>) => () => {
  const form = new FormData();
  form.append('file', file, file.name);
  for (const [k, v] of Object.entries(fields)) if (v) form.append(k, v);
  return form;
};

export function useDocuments() {
  return useQuery({
    queryKey: documentKeys.list,
    queryFn: ({ signal }) => unwrap(api.GET('/documents', { params: { query: { limit: 200 } }, signal })),
  });
}

export function useDocument(id: string) {
  return useQuery({
    queryKey: documentKeys.one(id),
    queryFn: ({ signal }) =>
      unwrapWithEtag(api.GET('/documents/{document_id}', { params: { path: { document_id: id } }, signal })),
  });
}

export function useVersions(id: string) {
  return useQuery({
    queryKey: documentKeys.versions(id),
    queryFn: ({ signal }) =>
      unwrapItems(
        api.GET('/documents/{document_id}/versions', {
          params: { path: { document_id: id }, query: { limit: 200 } },
          signal,
        }),
      ),
  });
}

export function useVersion(id: string, n: number | null) {
  return useQuery({
    queryKey: documentKeys.version(id, n ?? 0),
    enabled: !!n,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/documents/{document_id}/versions/{number}', {
          params: { path: { document_id: id, number: n! } },
          signal,
        }),
      ),
  });
}

export function createDocument(title: string, description: string, sections: SectionDraft[]) {
  return unwrap(
    api.POST('/documents', {
      body: { title: title.trim(), description: description.trim() || null, status: 'draft', sections },
    }),
  );
}

export function uploadDocument(file: File, title: string) {
  return unwrap(
    api.POST('/documents/upload', {
      body: { file: '', status: 'draft' },
      bodySerializer: withFile(file, { title: title.trim() }),
    }),
  );
}

export function uploadVersion(id: string, file: File, note: string, etag: string | null) {
  return unwrap(
    api.POST('/documents/{document_id}/versions/upload', {
      params: { path: { document_id: id } },
      headers: etag ? { 'If-Match': etag } : {},
      body: { file: '' },
      bodySerializer: withFile(file, { note: note.trim() }),
    }),
  );
}

export function addVersion(id: string, sections: SectionDraft[], note: string, etag: string | null) {
  return unwrap(
    api.POST('/documents/{document_id}/versions', {
      params: { path: { document_id: id } },
      headers: etag ? { 'If-Match': etag } : {},
      body: { note: note.trim() || null, sections },
    }),
  );
}

export function publishDocument(id: string, etag: string) {
  return unwrapWithEtag(
    api.PATCH('/documents/{document_id}', {
      params: { path: { document_id: id }, header: { 'If-Match': etag } },
      body: { status: 'published' },
    }),
  );
}
