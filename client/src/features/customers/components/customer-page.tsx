import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConflictAlert } from '@/components/conflict-alert';
import { DetailList } from '@/components/detail-list';
import { FormError } from '@/components/form-error';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { isStatus } from '@/api/problem';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useAddContactPerson } from '../api/add-contact-person';
import { useCustomer } from '../api/get-customer';
import { useUpdateCustomer } from '../api/update-customer';
import { CustomerForm } from './customer-form';
import { PersonPicker } from './person-picker';

export function CustomerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const canWrite = usePermission('customers.write');
  const { data: customer, isLoading, error, refetch } = useCustomer(id);
  const update = useUpdateCustomer();
  const addContact = useAddContactPerson();
  const [editing, setEditing] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const format = useFormat();

  if (!customer) return <QueryState isLoading={isLoading} error={error} />;

  const reload = async () => {
    await refetch();
    update.reset();
    setFormKey((k) => k + 1);
  };
  const contacts = customer.contactPersons ?? [];

  return (
    <Stack>
      <PageHeader
        title={
          <>
            {customer.name}{' '}
            <Text span c="dimmed" size="lg">
              {customer.customerNumber}
            </Text>
          </>
        }
      >
        {canWrite && !editing && <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>}
      </PageHeader>

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
        <Card withBorder>
          <DetailList
            items={[
              { label: t('customer.customerNumber'), value: customer.customerNumber },
              { label: t('customer.type'), value: t(`customer.types.${customer.type}`, customer.type) },
              { label: t('customer.name'), value: customer.name },
              { label: t('customer.businessId'), value: customer.businessId },
              { label: t('customer.customerSince'), value: format.date(customer.customerSince) },
              {
                label: t('customer.productGroups'),
                value: (customer.productGroups ?? []).length ? (
                  <Group gap={4} component="span">
                    {(customer.productGroups ?? []).map((g) => (
                      <Badge key={g} variant="light" component="span">
                        {t(`productGroups.${g}`, g)}
                      </Badge>
                    ))}
                  </Group>
                ) : null,
              },
            ]}
          />
        </Card>
      )}

      {customer.type === 'consumer' && customer.personId && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('customer.person')}
          </Title>
          <Anchor component={Link} to={`/persons/${customer.personId}`}>
            {customer.name}
          </Anchor>
        </Card>
      )}

      {customer.type !== 'consumer' && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('customer.contactPersons')}
          </Title>
          {contacts.length === 0 ? (
            <Text c="dimmed">{t('customer.noContactPersons')}</Text>
          ) : (
            <Table aria-label={t('customer.contactPersons')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('person.name')}</Table.Th>
                  <Table.Th>{t('person.email')}</Table.Th>
                  <Table.Th>{t('person.phone')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {contacts.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/persons/${p.id}`}>
                        {p.firstName} {p.lastName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{p.email}</Table.Td>
                    <Table.Td>{p.phoneDisplay}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {canWrite && (
            <Stack mt="md" gap="xs">
              <FormError error={addContact.error} />
              <PersonPicker
                label={t('customer.addContactPerson')}
                actionLabel={t('customer.addAsContact')}
                exclude={contacts.map((c) => c.id)}
                onPick={(hit) =>
                  addContact.mutate(
                    { customerId: customer.id, personId: hit.id },
                    { onSuccess: () => notifications.show({ color: 'teal', message: t('customer.contactAdded') }) },
                  )
                }
              />
            </Stack>
          )}
        </Card>
      )}
    </Stack>
  );
}
