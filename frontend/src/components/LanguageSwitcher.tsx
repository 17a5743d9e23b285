import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';
import { normaliseLanguage, type AppLanguage } from '../lib/formatDate';

/** vi | en toggle; the choice is remembered across visits. */
export function LanguageSwitcher({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div role="group" aria-labelledby={id}>
      <VisuallyHidden id={id}>{t('language.label')}</VisuallyHidden>
      <SegmentedControl
        size={size}
        value={normaliseLanguage(i18n.language)}
        onChange={(value) => void setLanguage(value as AppLanguage)}
        data={[
          { value: 'vi', label: <span lang="vi" aria-label={t('language.vi')}>VI</span> },
          { value: 'en', label: <span lang="en" aria-label={t('language.en')}>EN</span> },
        ]}
      />
    </div>
  );
}
