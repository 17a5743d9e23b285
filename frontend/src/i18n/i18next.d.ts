import 'i18next';
import type vi from './locales/vi.json';
import type viApp from './locales/vi.app.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi & typeof viApp };
  }
}
