import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapItems } from '../../api/client';
import type { Unit, UnitGroup, UnitKind } from '../../api/types';

export const UNIT_KINDS: readonly UnitKind[] = [
  'party_committee',
  'department',
  'mass_org',
  'media',
  'district',
  'other',
];

export const unitKeys = {
  all: ['units', 'all'] as const,
  unit: (id: string) => ['units', 'one', id] as const,
  groups: ['unit-groups'] as const,
  group: (id: string) => ['unit-groups', 'one', id] as const,
};

/** Vietnamese-aware name order ("Ban", "Báo", "Đài", "Sở"), as people look units up. */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Every unit, page by page (a province has a few hundred). */
export async function fetchAllUnits(signal?: AbortSignal): Promise<Unit[]> {
  const out: Unit[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const data: { items: Unit[]; next_cursor?: string | null } = await unwrap(
      api.GET('/units', { params: { query: { limit: 200, cursor } }, signal }),
    );
    out.push(...data.items);
    cursor = data.next_cursor ?? null;
    if (!cursor) break;
  }
  return out;
}

export interface UnitDirectory {
  units: Unit[];
  byId: Map<string, Unit>;
  /** `{ value, label }` for Select/MultiSelect, active units first by name. */
  options: { value: string; label: string }[];
  name: (id: string | null | undefined) => string;
}

export function buildDirectory(units: Unit[]): UnitDirectory {
  const sorted = [...units].sort((a, b) => viCollator.compare(a.name, b.name));
  const byId = new Map(sorted.map((u) => [u.id, u]));
  return {
    units: sorted,
    byId,
    options: sorted.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name })),
    name: (id) => (id ? (byId.get(id)?.name ?? '') : ''),
  };
}

/** All units, cached for the session: names for ids everywhere, options for pickers. */
export function useUnitDirectory() {
  const query = useQuery({
    queryKey: unitKeys.all,
    queryFn: ({ signal }) => fetchAllUnits(signal),
    staleTime: 5 * 60_000,
  });
  const directory = useMemo(() => buildDirectory(query.data ?? []), [query.data]);
  return { ...query, directory };
}

export function useUnitGroups() {
  return useQuery({
    queryKey: unitKeys.groups,
    queryFn: ({ signal }): Promise<UnitGroup[]> =>
      unwrapItems(api.GET('/unit-groups', { params: { query: { limit: 200 } }, signal })),
    staleTime: 5 * 60_000,
  });
}

export interface UnitTreeRow {
  unit: Unit;
  depth: number;
}

/**
 * Units in hierarchy order: each parent followed by its sub-units, siblings
 * by name. A unit whose parent is missing (filtered out) starts a new root.
 */
export function unitTree(units: Unit[]): UnitTreeRow[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, Unit[]>();
  for (const u of units) {
    const parent = u.parent_id && ids.has(u.parent_id) ? u.parent_id : null;
    const list = children.get(parent) ?? [];
    list.push(u);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => viCollator.compare(a.name, b.name));
  const rows: UnitTreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const u of children.get(parent) ?? []) {
      if (seen.has(u.id)) continue; // a cycle in bad data must not hang the page
      seen.add(u.id);
      rows.push({ unit: u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}
