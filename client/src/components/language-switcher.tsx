import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, SUPPORTED_LANGUAGES, type UiLanguage } from '@/i18n';

const NAMES: Record<UiLanguage, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      size="xs"
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(e) => void changeLanguage(e.currentTarget.value as UiLanguage)}
      data={SUPPORTED_LANGUAGES.map((lng) => ({ value: lng, label: NAMES[lng] }))}
    />
  );
}
