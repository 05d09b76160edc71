import type { ReactNode } from 'react';
import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languageValues } from '@/api/schema';
import type { Language } from '@/api/types';

/** The language a generated document is shown in (fi, sv, en), with the document's actions beside it. */
export function LanguageBar({ lang, onChange, children }: { lang: Language; onChange: (lang: Language) => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" justify="space-between">
      <NativeSelect
        label={t('notice.language')}
        value={lang}
        onChange={(e) => onChange(e.currentTarget.value as Language)}
        data={languageValues.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
      />
      <Group>{children}</Group>
    </Group>
  );
}
