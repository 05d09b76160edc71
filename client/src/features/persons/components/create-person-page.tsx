import { Card, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { useCreatePerson } from '../api/create-person';
import { PersonForm } from './person-form';

export function CreatePersonPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePerson();
  return (
    <Stack>
      <PageHeader title={t('person.new')} />
      <Card withBorder>
        <PersonForm
          error={create.error}
          pending={create.isPending}
          submitLabel={t('common.create')}
          onCancel={() => navigate('/persons')}
          onSubmit={(input) =>
            // The person page shows what the creation warned of (state: it is not kept in the URL or on a reload).
            create.mutate(input, { onSuccess: (p) => navigate(`/persons/${p.id}`, { state: { warnings: p.warnings } }) })
          }
        />
      </Card>
    </Stack>
  );
}
