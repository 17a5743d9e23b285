import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { formatDate } from '../lib/formatDate';
import { renderWithProviders } from '../test/render';
import i18n, { LANGUAGE_STORAGE_KEY, setLanguage } from '.';
import viCore from './locales/vi.json';
import enCore from './locales/en.json';
import viApp from './locales/vi.app.json';
import enApp from './locales/en.app.json';

const vi = { ...viCore, ...viApp };
const en = { ...enCore, ...enApp };

function Sample() {
  const { t, i18n: inst } = useTranslation();
  return (
    <div>
      <LanguageSwitcher />
      <h1>{t('public.consultationsTitle')}</h1>
      <p data-testid="due">{t('task.due', { date: formatDate('2020-04-15', inst.language) })}</p>
      <p data-testid="days">{t('task.overdueDays', { count: 1 })}</p>
    </div>
  );
}

describe('language switching', () => {
  it('starts in Vietnamese with dd/MM/yyyy dates', () => {
    renderWithProviders(<Sample />);
    expect(screen.getByRole('heading')).toHaveTextContent('Dự thảo đang lấy ý kiến Nhân dân');
    expect(screen.getByTestId('due')).toHaveTextContent('Hạn: 15/04/2020');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('switches to English on click, remembers it, and formats dates the English way', async () => {
    renderWithProviders(<Sample />);
    await userEvent.click(screen.getByRole('radio', { name: 'Tiếng Anh' }));

    expect(await screen.findByRole('heading', { name: 'Draft documents open for comment' })).toBeInTheDocument();
    expect(screen.getByTestId('due')).toHaveTextContent('Due 15 Apr 2020');
    expect(screen.getByTestId('days')).toHaveTextContent('1 day overdue');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    // The switcher itself is now labelled in English.
    expect(screen.getByRole('radio', { name: 'Vietnamese' })).toBeInTheDocument();
  });

  it('switches back to Vietnamese', async () => {
    await setLanguage('en');
    renderWithProviders(<Sample />);
    await userEvent.click(screen.getByRole('radio', { name: 'Vietnamese' }));
    expect(await screen.findByRole('heading', { name: 'Dự thảo đang lấy ý kiến Nhân dân' })).toBeInTheDocument();
    expect(i18n.language).toBe('vi');
  });
});

describe('signed-in screens', () => {
  it('load their strings in the chosen language', async () => {
    await setLanguage('en');
    expect(i18n.t('admin.users.title')).toBe('Users');
    expect(i18n.t('timeline.phaseLabel', { label: 'I' })).toBe('Phase I');
    await setLanguage('vi');
    expect(i18n.t('admin.users.title')).toBe('Người dùng');
  });
});

describe('resource files', () => {
  // Plural forms differ by language (Vietnamese has only "other"); compare the base keys.
  function keys(obj: object, prefix = ''): Set<string> {
    const out = new Set<string>();
    for (const [k, v] of Object.entries(obj)) {
      const key = prefix + k.replace(/_(zero|one|two|few|many|other)$/, '');
      if (v && typeof v === 'object') for (const sub of keys(v as object, `${key}.`)) out.add(sub);
      else out.add(key);
    }
    return out;
  }

  it('English and Vietnamese have the same keys', () => {
    expect([...keys(en)].sort()).toEqual([...keys(vi)].sort());
  });

  it('every interpolation in Vietnamese is also in English', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const flat = (obj: object, prefix = ''): [string, string][] =>
      Object.entries(obj).flatMap(([k, v]) =>
        typeof v === 'object' ? flat(v as object, `${prefix}${k}.`) : [[prefix + k, String(v)]],
      );
    const enMap = new Map(flat(en));
    for (const [key, text] of flat(vi)) {
      const other = enMap.get(key) ?? enMap.get(key.replace(/_other$/, '_one'));
      expect(other, key).toBeDefined();
      expect(vars(other!), key).toEqual(vars(text));
    }
  });
});
