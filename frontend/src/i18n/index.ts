/**
 * Vietnamese first, English second. Vietnamese is bundled; English is fetched
 * the first time it is chosen (it would otherwise add to every page's first
 * load). The choice is remembered in localStorage (a preference, not a
 * secret) and mirrored on <html lang>.
 *
 * Strings come in two files per language: `vi.json` (what the public pages
 * and the login need, in the entry chunk) and `vi.app.json` (the signed-in
 * screens, loaded with the signed-in app by `loadAppStrings()`), so the
 * public pages' first load does not carry the whole app's vocabulary.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from './locales/vi.json';
import { normaliseLanguage, type AppLanguage } from '../lib/formatDate';

export const LANGUAGE_STORAGE_KEY = 'plandesk.lang';
export const SUPPORTED_LANGUAGES: readonly AppLanguage[] = ['vi', 'en'];

type Loader = () => Promise<{ default: object }>;

const coreLoaders: Record<Exclude<AppLanguage, 'vi'>, Loader> = {
  en: () => import('./locales/en.json'),
};
const appLoaders: Record<AppLanguage, Loader> = {
  vi: () => import('./locales/vi.app.json'),
  en: () => import('./locales/en.app.json'),
};
const appLoaded = new Set<AppLanguage>();
let appStringsWanted = false;

async function ensureAppLoaded(lang: AppLanguage): Promise<void> {
  if (appLoaded.has(lang)) return;
  const mod = await appLoaders[lang]();
  i18n.addResourceBundle(lang, 'translation', mod.default, true, false);
  appLoaded.add(lang);
}

/**
 * The signed-in screens' strings, for Vietnamese (the fallback) and the
 * current language; once called, switching language loads them too.
 */
export async function loadAppStrings(): Promise<void> {
  appStringsWanted = true;
  const lang = normaliseLanguage(i18n.language);
  await Promise.all([ensureAppLoaded('vi'), ...(lang === 'vi' ? [] : [ensureAppLoaded(lang)])]);
}

function storedLanguage(): AppLanguage {
  try {
    const saved = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return saved ? normaliseLanguage(saved) : 'vi';
  } catch {
    return 'vi';
  }
}

const coreLoaded = new Set<AppLanguage>(['vi']);

async function ensureLoaded(lang: AppLanguage): Promise<void> {
  if (!coreLoaded.has(lang) && lang !== 'vi') {
    const mod = await coreLoaders[lang]();
    i18n.addResourceBundle(lang, 'translation', mod.default, true, true);
    coreLoaded.add(lang);
  }
  if (appStringsWanted) await ensureAppLoaded(lang);
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
