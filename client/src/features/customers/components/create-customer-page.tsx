import { Card, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { useCreateCustomer } from '../api/create-customer';
import { CustomerForm } from './customer-form';

export function CreateCustomerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCustomer();
  return (
    <Stack>
      <PageHeader title={t('customer.new')} />
      <Card withBorder>
        <CustomerForm
          error={create.error}
          pending={create.isPending}
          submitLabel={t('common.create')}
          onCancel={() => navigate('/customers')}
          onSubmit={(input) => create.mutate(input, { onSuccess: (c) => navigate(`/customers/${c.id}`) })}
        />
      </Card>
    </Stack>
  );
}
