import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { useCreateSelection } from '../api/selections';
import { SelectionForm } from './selection-form';

export function NewSelectionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSelection();
  return (
    <Stack>
      <PageHeader title={t('marketing.new')} />
      <SelectionForm
        error={create.error}
        pending={create.isPending}
        onCancel={() => navigate('/marketing')}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (selection) => {
              notifications.show({ color: 'teal', message: t('marketing.saved', { name: selection.name }) });
              navigate(`/marketing/${selection.id}`);
            },
          })
        }
      />
    </Stack>
  );
}
