import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import i18n, { loadAppStrings } from '../i18n';
import { tokenStore } from '../api/session';
import { setSessionExpiredHandler } from '../api/client';

await loadAppStrings();

// Lazy screens load slowly on a shared, busy machine: wait up to 8 s for what a test awaits.
configure({ asyncUtilTimeout: 8000 });

// Mantine reads these browser APIs that jsdom lacks.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = window.ResizeObserver ?? ResizeObserverStub;
Element.prototype.scrollIntoView = Element.prototype.scrollIntoView ?? vi.fn();
window.HTMLElement.prototype.scrollTo = window.HTMLElement.prototype.scrollTo ?? vi.fn();
window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;

afterEach(async () => {
  cleanup();
  tokenStore.clear();
  setSessionExpiredHandler(null);
  window.localStorage.clear();
  window.sessionStorage.clear();
  vi.unstubAllGlobals();
  if (i18n.language !== 'vi') await i18n.changeLanguage('vi');
});
