import { describe, expect, it } from 'vitest';
import { describeChanges } from './AuditPage';
import { actionKey, AUDIT_ACTIONS } from './auditWords';
import vi from '../../i18n/locales/vi.app.json';
import en from '../../i18n/locales/en.app.json';

const words: Record<string, string> = {
  'web2.audit.fields.role': 'Vai trò',
  'web2.audit.fields.active': 'Đang hoạt động',
  'web2.audit.fields.password_hash': 'Mật khẩu',
  'web2.audit.fields.due_date': 'Hạn',
  'roles.moderator': 'Biên tập viên góp ý',
  'roles.viewer': 'Người xem',
  'web2.audit.yes': 'Có',
  'web2.audit.no': 'Không',
  'web2.audit.empty': '(trống)',
  'web2.audit.passwordChanged': '(đã đổi)',
};
const ctx = {
  t: (k: string) => words[k] ?? k,
  exists: (k: string) => k in words,
  lang: 'vi',
  unitName: () => '',
};

describe('the audit trail in people’s words', () => {
  it('names fields and values, never ids or hashes', () => {
    const lines = describeChanges(
      {
        role: { before: 'viewer', after: 'moderator' },
        active: { before: true, after: false },
        password_hash: { before: 'x', after: 'y' },
        due_date: { before: null, after: '2026-03-15' },
        other_field: { before: 'a'.repeat(300), after: 'b' },
      },
      'user',
      ctx,
    );
    expect(lines[0]).toBe('Vai trò: Người xem → Biên tập viên góp ý');
    expect(lines[1]).toBe('Đang hoạt động: Có → Không');
    expect(lines[2]).toBe('Mật khẩu (đã đổi)');
    expect(lines[3]).toBe('Hạn: (trống) → 15/03/2026');
    expect(lines[4]!.length).toBeLessThan(160);
  });

  it('translates every action it offers, in both languages', () => {
    const viActions = (vi as { web2: { audit: { actions: Record<string, string> } } }).web2.audit.actions;
    const enActions = (en as { web2: { audit: { actions: Record<string, string> } } }).web2.audit.actions;
    for (const a of AUDIT_ACTIONS) {
      expect(viActions[actionKey(a)], a).toBeTruthy();
      expect(enActions[actionKey(a)], a).toBeTruthy();
    }
  });
});
