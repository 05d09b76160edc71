import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerDto } from '@/api/types';
import { useFormat } from '@/lib/format';
import type { CustomerOverviewDto } from '../api/c360-types';

type Reach = { id: string; name: string; email?: string | null; phone?: string | null; mobile?: string | null };

/**
 * Under the page title: who the customer is and how to reach them (the consumer's own phone and
 * e-mail, or the organisation's contact persons), then the overview's key figures.
 */
export function CustomerSummary({
  customer,
  overview,
  overviewError,
}: {
  customer: CustomerDto;
  overview: CustomerOverviewDto | undefined;
  overviewError: unknown;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  // The overview's persons carry mobiles too; until it loads (or if it fails) the customer's own contact list.
  const reach: Reach[] = overview
    ? overview.persons
        .filter((p) => (customer.type === 'consumer' ? p.role === 'consumer' || p.id === customer.personId : true))
        .map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}`, email: p.email, phone: p.phoneDisplay, mobile: p.mobileDisplay }))
    : (customer.contactPersons ?? []).map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}`, email: p.email, phone: p.phoneDisplay }));

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group gap="xs">
          <Badge variant="light">{t(`customer.types.${customer.type}`, customer.type)}</Badge>
          <Text size="sm" c="dimmed">
            {t('customer.customerNumber')} {customer.customerNumber}
          </Text>
          {customer.businessId && (
            <Text size="sm" c="dimmed">
              · {t('customer.businessId')} {customer.businessId}
            </Text>
          )}
        </Group>
        <section aria-label={t('c360.reach')}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
            {customer.type === 'consumer' ? t('c360.reach') : t('c360.reachContacts')}
          </Text>
          {reach.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('c360.noReach')}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
              {reach.map((r) => (
                <Stack key={r.id} gap={0} data-reach-person={r.id}>
                  {(customer.type !== 'consumer' || reach.length > 1) && (
                    <Text size="sm" fw={600}>
                      {r.name}
                    </Text>
                  )}
                  {r.phone && (
                    <Anchor size="sm" href={`tel:${r.phone.replace(/\s/g, '')}`}>
                      {t('person.phone')}: {r.phone}
                    </Anchor>
                  )}
                  {r.mobile && (
                    <Anchor size="sm" href={`tel:${r.mobile.replace(/\s/g, '')}`}>
                      {t('person.mobile')}: {r.mobile}
                    </Anchor>
                  )}
                  {r.email && (
                    <Anchor size="sm" href={`mailto:${r.email}`}>
                      {r.email}
                    </Anchor>
                  )}
                  {!r.phone && !r.mobile && !r.email && (
                    <Text size="sm" c="dimmed">
                      {t('c360.noReach')}
                    </Text>
                  )}
                </Stack>
              ))}
            </SimpleGrid>
          )}
        </section>
        {overview && (
          <Group gap="xs" aria-label={t('c360.keyFigures')} role="group">
            <Badge variant="light" color={overview.openProblems.length ? 'orange' : 'gray'}>
              {t('c360.openProblems', { count: overview.openProblems.length })}
            </Badge>
            <Badge variant="light" color={overview.activeWarranties.length ? 'teal' : 'gray'}>
              {t('c360.activeWarranties', { count: overview.activeWarranties.length })}
            </Badge>
            {overview.openBalance !== null && overview.openBalance !== undefined && (
              <Badge variant="light" color="blue">
                {t('c360.openBalance', { amount: format.money(overview.openBalance) })}
              </Badge>
            )}
            {overview.overdueInvoices > 0 && (
              <Badge variant="light" color="red">
                {t('c360.overdueInvoices', { count: overview.overdueInvoices })}
              </Badge>
            )}
            {overview.latestContacts[0] && (
              <Text size="sm" c="dimmed">
                {t('c360.lastContact', { at: format.dateTime(overview.latestContacts[0].at), topic: overview.latestContacts[0].topic })}
              </Text>
            )}
          </Group>
        )}
        {overviewError != null && !overview && (
          <Alert color="yellow" p="xs">
            {t('c360.overviewFailed')}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
