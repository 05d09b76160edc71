import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { FinancialYearSection, RulesSection } from './rules-section';
import { HoldsSection } from './holds-section';
import { DryRunSection, RunsSection } from './runs-section';

/** Retention (GDPR Art. 5(1)(e)): the rules, the financial year, what is due now and why, legal holds and the runs. */
export function RetentionPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <div>
        <PageHeader title={t('retention.title')} />
        <Text c="dimmed" maw={820}>
          {t('retention.intro')}
        </Text>
      </div>
      <RulesSection />
      <FinancialYearSection />
      <DryRunSection />
      <HoldsSection />
      <RunsSection />
    </Stack>
  );
}
