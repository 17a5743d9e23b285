import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';
import { normaliseLanguage, type AppLanguage } from '../lib/formatDate';

/** "VI" on screen, "Tiếng Việt" to a screen reader. */
function Code({ lang, label }: { lang: AppLanguage; label: string }) {
  return (
    <>
      <span aria-hidden="true" lang={lang}>
        {lang.toUpperCase()}
      </span>
      <VisuallyHidden>{label}</VisuallyHidden>
    </>
  );
}

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
          { value: 'vi', label: <Code lang="vi" label={t('language.vi')} /> },
          { value: 'en', label: <Code lang="en" label={t('language.en')} /> },
        ]}
      />
    </div>
  );
}
