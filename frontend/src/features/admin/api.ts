/** Admin calls: users, units, unit groups, service accounts. Edits carry `If-Match`. */
import { api, unwrap, unwrapWithEtag, unwrapItems } from '../../api/client';
import type {
  Role,
  ServiceAccountCreate,
  ServiceAccountUpdate,
  UnitCreate,
  UnitGroupCreate,
  UnitGroupUpdate,
  UnitUpdate,
  UserCreate,
  UserUpdate,
} from '../../api/types';

export interface UserFilters {
  q?: string;
  role?: Role | null;
  unit_id?: string | null;
  active?: boolean | null;
}

export const adminKeys = {
  users: (filters: UserFilters) => ['users', 'list', filters] as const,
  usersAll: ['users'] as const,
  user: (id: string) => ['users', 'one', id] as const,
  serviceAccounts: ['service-accounts'] as const,
  serviceAccount: (id: string) => ['service-accounts', 'one', id] as const,
};

export function listUsers(filters: UserFilters, cursor: string | null, signal?: AbortSignal) {
  return unwrap(
    api.GET('/users', {
      params: {
        query: {
          q: filters.q || null,
          role: filters.role ?? null,
          unit_id: filters.unit_id ?? null,
          active: filters.active ?? null,
          limit: 50,
          cursor,
        },
      },
      signal,
    }),
  );
}

export const getUser = (id: string, signal?: AbortSignal) =>
  unwrapWithEtag(api.GET('/users/{user_id}', { params: { path: { user_id: id } }, signal }));
export const createUser = (body: UserCreate) => unwrapWithEtag(api.POST('/users', { body }));
export const patchUser = (id: string, body: UserUpdate, etag: string) =>
  unwrapWithEtag(
    api.PATCH('/users/{user_id}', { params: { path: { user_id: id }, header: { 'If-Match': etag } }, body }),
  );

export const getUnit = (id: string, signal?: AbortSignal) =>
  unwrapWithEtag(api.GET('/units/{unit_id}', { params: { path: { unit_id: id } }, signal }));
export const createUnit = (body: UnitCreate) => unwrapWithEtag(api.POST('/units', { body }));
export const patchUnit = (id: string, body: UnitUpdate, etag: string) =>
  unwrapWithEtag(
    api.PATCH('/units/{unit_id}', { params: { path: { unit_id: id }, header: { 'If-Match': etag } }, body }),
  );
export const deleteUnit = (id: string, etag: string) =>
  unwrap(api.DELETE('/units/{unit_id}', { params: { path: { unit_id: id }, header: { 'If-Match': etag } } }));

export const getGroup = (id: string, signal?: AbortSignal) =>
  unwrapWithEtag(api.GET('/unit-groups/{group_id}', { params: { path: { group_id: id } }, signal }));
export const createGroup = (body: UnitGroupCreate) => unwrapWithEtag(api.POST('/unit-groups', { body }));
export const patchGroup = (id: string, body: UnitGroupUpdate, etag: string) =>
  unwrapWithEtag(
    api.PATCH('/unit-groups/{group_id}', {
      params: { path: { group_id: id }, header: { 'If-Match': etag } },
      body,
    }),
  );
export const deleteGroup = (id: string, etag: string) =>
  unwrap(api.DELETE('/unit-groups/{group_id}', { params: { path: { group_id: id }, header: { 'If-Match': etag } } }));

export const listServiceAccounts = (signal?: AbortSignal) =>
  unwrapItems(api.GET('/service-accounts', { params: { query: { limit: 200 } }, signal }));
export const getServiceAccount = (id: string, signal?: AbortSignal) =>
  unwrapWithEtag(
    api.GET('/service-accounts/{service_account_id}', { params: { path: { service_account_id: id } }, signal }),
  );
export const createServiceAccount = (body: ServiceAccountCreate) => unwrap(api.POST('/service-accounts', { body }));
export const patchServiceAccount = (id: string, body: ServiceAccountUpdate, etag: string) =>
  unwrapWithEtag(
    api.PATCH('/service-accounts/{service_account_id}', {
      params: { path: { service_account_id: id }, header: { 'If-Match': etag } },
      body,
    }),
  );
export const rotateServiceAccountSecret = (id: string) =>
  unwrap(
    api.POST('/service-accounts/{service_account_id}/rotate-secret', {
      params: { path: { service_account_id: id } },
    }),
  );
