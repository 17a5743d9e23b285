/**
 * Vietnamese first, English second. Vietnamese is bundled; English is fetched
 * the first time it is chosen (it would otherwise add to every page's first
 * load). The choice is remembered in localStorage (a preference, not a
 * secret) and mirrored on <html lang>.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from './locales/vi.json';
import { normaliseLanguage, type AppLanguage } from '../lib/formatDate';

export const LANGUAGE_STORAGE_KEY = 'plandesk.lang';
export const SUPPORTED_LANGUAGES: readonly AppLanguage[] = ['vi', 'en'];

const loaders: Record<Exclude<AppLanguage, 'vi'>, () => Promise<{ default: unknown }>> = {
  en: () => import('./locales/en.json'),
};

function storedLanguage(): AppLanguage {
  try {
    const saved = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return saved ? normaliseLanguage(saved) : 'vi';
  } catch {
    return 'vi';
  }
}

async function ensureLoaded(lang: AppLanguage): Promise<void> {
  if (lang === 'vi' || i18n.hasResourceBundle(lang, 'translation')) return;
  const mod = await loaders[lang]();
  i18n.addResourceBundle(lang, 'translation', mod.default, true, true);
}

export async function setLanguage(lang: AppLanguage): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Private mode or storage disabled: the switch still applies to this visit.
  }
  await ensureLoaded(lang);
  await i18n.changeLanguage(lang);
}

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = normaliseLanguage(lng);
});

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  lng: 'vi',
  fallbackLng: 'vi',
  supportedLngs: SUPPORTED_LANGUAGES as AppLanguage[],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false, // Vietnamese is bundled: ready before the first render
  showSupportNotice: false,
});
if (typeof document !== 'undefined') document.documentElement.lang = 'vi';

/** Resolves once the remembered language is ready; main.tsx awaits it before rendering. */
export const i18nReady: Promise<void> = (async () => {
  const lang = storedLanguage();
  if (lang === 'vi') return;
  try {
    await ensureLoaded(lang);
    await i18n.changeLanguage(lang);
  } catch {
    // Offline and English not cached: stay in Vietnamese.
  }
})();

export default i18n;
