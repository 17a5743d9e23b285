import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { setLanguage } from '../i18n';
import { renderWithProviders } from '../test/render';
import { ZoneNote } from './ZoneNote';

function browserIn(timeZone: string) {
  const original = Intl.DateTimeFormat.prototype.resolvedOptions;
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
    return { ...original.call(this), timeZone };
  });
}

describe('ZoneNote', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await setLanguage('vi');
  });

  it('names the plan’s zone when the browser is elsewhere', () => {
    browserIn('UTC');
    renderWithProviders(<ZoneNote timeZone="Asia/Ho_Chi_Minh" />);
    expect(screen.getByTestId('zone-note')).toHaveTextContent('Giờ Việt Nam (UTC+7)');
  });

  it('names another zone by its city, in English too', async () => {
    browserIn('Asia/Ho_Chi_Minh');
    await setLanguage('en');
    renderWithProviders(<ZoneNote timeZone="America/Sao_Paulo" />);
    expect(await screen.findByText('Sao Paulo time (UTC-3)')).toBeInTheDocument();
  });

  it('says nothing when the browser reads the same clock', () => {
    browserIn('Asia/Bangkok');
    renderWithProviders(<ZoneNote timeZone="Asia/Ho_Chi_Minh" />);
    expect(screen.queryByTestId('zone-note')).toBeNull();
  });
});
