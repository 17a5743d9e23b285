import { fold, matchesQuery } from './text';
import { unitTree } from '../features/units/queries';
import { descendantsOf } from '../features/admin/UnitForm';
import type { Unit } from '../api/types';

describe('folding Vietnamese for search', () => {
  it('drops marks, đ → d, lower case', () => {
    expect(fold('Đại hội Đảng bộ tỉnh Đắk Lắk')).toBe('dai hoi dang bo tinh dak lak');
  });
  it('matches every word, in any order', () => {
    expect(matchesQuery('Ban Tuyên giáo Tỉnh ủy', 'tinh tuyen')).toBe(true);
    expect(matchesQuery('Ban Tuyên giáo Tỉnh ủy', 'huyen')).toBe(false);
    expect(matchesQuery('anything', '  ')).toBe(true);
  });
});

const unit = (id: string, name: string, parent_id: string | null = null): Unit => ({
  id,
  etag: `"${id}-1"`,
  name,
  short_name: null,
  kind: 'other',
  parent_id,
  active: true,
});

describe('unit hierarchy', () => {
  const units = [
    unit('c', 'Huyện ủy Cư M’gar', 'a'),
    unit('a', 'Tỉnh ủy'),
    unit('b', 'Báo Đắk Lắk'),
    unit('d', 'Đảng ủy xã', 'c'),
  ];
  it('puts each unit under its parent, siblings in Vietnamese order', () => {
    expect(unitTree(units).map((r) => [r.unit.id, r.depth])).toEqual([
      ['b', 0],
      ['a', 0],
      ['c', 1],
      ['d', 2],
    ]);
  });
  it('survives a cycle in bad data', () => {
    const cyclic = [unit('x', 'X', 'y'), unit('y', 'Y', 'x')];
    expect(unitTree(cyclic)).toEqual([]);
  });
  it('knows a unit cannot move under its own sub-units', () => {
    expect([...descendantsOf('a', units)].sort()).toEqual(['a', 'c', 'd']);
  });
});
