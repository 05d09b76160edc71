import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailList } from '@/components/detail-list';
import { FormError } from '@/components/form-error';
import { DataTable } from '@/components/data-table';
import type { CustomerDto } from '@/api/types';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useAddContactPerson } from '../api/add-contact-person';
import { PersonPicker } from './person-picker';
import { customerName } from './customer-name';

/** The customer's register details and contact persons (read-only view; editing is on the page). */
export function CustomerDetails({ customer }: { customer: CustomerDto }) {
  const { t } = useTranslation();
  const canWrite = usePermission('customers.write');
  const addContact = useAddContactPerson();
  const format = useFormat();
  const contacts = customer.contactPersons ?? [];

  return (
    <Stack>
      <Card withBorder>
        <DetailList
          items={[
            { label: t('customer.customerNumber'), value: customer.customerNumber },
            { label: t('customer.type'), value: t(`customer.types.${customer.type}`, customer.type) },
            { label: t('customer.name'), value: customer.name },
            { label: t('customer.businessId'), value: customer.businessId },
            { label: t('customer.customerSince'), value: format.date(customer.customerSince) },
            ...(customer.relationshipEndedOn ? [{ label: t('customer.relationshipEndedOn'), value: format.date(customer.relationshipEndedOn) }] : []),
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

      {customer.type === 'consumer' && customer.personId && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('customer.person')}
          </Title>
          <Anchor component={Link} to={`/persons/${customer.personId}`}>
            {customerName(customer.name, t)}
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
            <DataTable
              label={t('customer.contactPersons')}
              rows={contacts}
              rowKey={(p) => p.id}
              columns={[
                {
                  id: 'name',
                  header: t('person.name'),
                  cell: (p) => (
                    <Anchor component={Link} to={`/persons/${p.id}`}>
                      {p.firstName} {p.lastName}
                    </Anchor>
                  ),
                },
                { id: 'email', header: t('person.email'), cell: (p) => p.email },
                { id: 'phone', header: t('person.phone'), cell: (p) => p.phoneDisplay },
              ]}
            />
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
