import { useState } from 'react';
import { Button, Card, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ConflictAlert } from '@/components/conflict-alert';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { isStatus } from '@/api/problem';
import { usePermission } from '@/lib/auth';
import { RestrictionBanner, usePerson } from '@/features/persons';
import { LegalHoldControl } from '@/features/retention';
import { useCustomer } from '../api/get-customer';
import { customerName } from './customer-name';
import { useCustomerOverview } from '../api/get-overview';
import { useUpdateCustomer } from '../api/update-customer';
import { ProductGroupSelect } from './c360-shared';
import { ContactsTab } from './contacts-tab';
import { CustomerDetails } from './customer-details';
import { CustomerForm } from './customer-form';
import { CustomerSummary } from './customer-summary';
import { DevicesTab } from './devices-tab';
import { InvoicesTab } from './invoices-tab';
import { ProblemsTab } from './problems-tab';
import { ProductsTab } from './products-tab';
import { RecordingsTab } from './recordings-tab';

export const CUSTOMER_TABS = ['details', 'contacts', 'products', 'devices', 'problems', 'invoices', 'recordings'] as const;
type Tab = (typeof CUSTOMER_TABS)[number];

/**
 * The helpdesk's 360 view of a customer: who and how to reach them, then tabs (`?tab=`) for the
 * details, contacts, products, devices & warranties (with remote access), problems & interests,
 * invoices and recordings. The product group filter (`?group=`) applies to every tab's list that
 * the API can filter.
 */
export function CustomerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const canWrite = usePermission('customers.write');
  const [params, setParams] = useSearchParams();
  const tab: Tab = (CUSTOMER_TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'details';
  const productGroupId = params.get('group') ?? '';
  const { data: customer, isLoading, error, refetch } = useCustomer(id);
  const overview = useCustomerOverview(id);
  const update = useUpdateCustomer();
  const [editing, setEditing] = useState(false);
  const [formKey, setFormKey] = useState(0);

  if (!customer) return <QueryState isLoading={isLoading} error={error} />;

  const setParam = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const reload = async () => {
    await refetch();
    update.reset();
    setFormKey((k) => k + 1);
  };
  const persons = overview.data?.persons ?? [];

  return (
    <Stack>
      <PageHeader
        title={
          <>
            {customerName(customer.name, t)}{' '}
            <Text span c="dimmed" size="lg">
              {customer.customerNumber}
            </Text>
          </>
        }
      >
        {!editing && <LegalHoldControl customerId={customer.id} />}
        {canWrite && !editing && (
          <Button
            onClick={() => {
              setEditing(true);
              setParam('tab', '');
            }}
          >
            {t('common.edit')}
          </Button>
        )}
      </PageHeader>

      {customer.type === 'consumer' && customer.personId && <ConsumerRestriction personId={customer.personId} />}
      <CustomerSummary customer={customer} overview={overview.data} overviewError={overview.error} />

      <Group align="flex-end">
        <ProductGroupSelect
          label={t('c360.filter')}
          emptyLabel={t('common.all')}
          value={productGroupId}
          onChange={(e) => setParam('group', e.currentTarget.value)}
          w={280}
        />
      </Group>

      <Tabs value={tab} onChange={(v) => setParam('tab', v && v !== 'details' ? v : '')} keepMounted={false}>
        <Tabs.List aria-label={t('c360.tabsLabel')}>
          {CUSTOMER_TABS.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`c360.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>

        <Tabs.Panel value="details" pt="md">
          {isStatus(update.error, 412) && <ConflictAlert message={t('customer.conflict')} onReload={() => void reload()} />}
          {editing ? (
            <Card withBorder>
              <Title order={2} size="h4" mb="md">
                {t('customer.editTitle')}
              </Title>
              <CustomerForm
                key={`${customer.version}-${formKey}`}
                customer={customer}
                error={update.error}
                pending={update.isPending}
                submitLabel={t('common.save')}
                onCancel={() => {
                  update.reset();
                  setEditing(false);
                }}
                onSubmit={(input) =>
                  update.mutate(
                    { id: customer.id, version: customer.version, input },
                    {
                      onSuccess: () => {
                        setEditing(false);
                        notifications.show({ color: 'teal', message: t('customer.saved') });
                      },
                    },
                  )
                }
              />
            </Card>
          ) : (
            <CustomerDetails customer={customer} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md">
          <ContactsTab customerId={customer.id} productGroupId={productGroupId} persons={persons} />
        </Tabs.Panel>
        <Tabs.Panel value="products" pt="md">
          <ProductsTab key={productGroupId} customerId={customer.id} productGroupId={productGroupId} persons={persons} />
        </Tabs.Panel>
        <Tabs.Panel value="devices" pt="md">
          <DevicesTab key={productGroupId} customerId={customer.id} productGroupId={productGroupId} />
        </Tabs.Panel>
        <Tabs.Panel value="problems" pt="md">
          <ProblemsTab key={productGroupId} customerId={customer.id} productGroupId={productGroupId} />
        </Tabs.Panel>
        <Tabs.Panel value="invoices" pt="md">
          <InvoicesTab key={productGroupId} customerId={customer.id} productGroupId={productGroupId} />
        </Tabs.Panel>
        <Tabs.Panel value="recordings" pt="md">
          <RecordingsTab customerId={customer.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** A consumer customer is the person: a restriction of the person's processing (Art. 18) is marked on the customer too. */
function ConsumerRestriction({ personId }: { personId: string }) {
  const { data: person } = usePerson(personId);
  return person ? <RestrictionBanner person={person} /> : null;
}
