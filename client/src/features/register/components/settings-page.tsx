import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { usePermission } from '@/lib/auth';
import { useController } from '../api/settings';
import { ControllerForm } from './controller-form';
import { NoticePanel } from './notice-panel';
import { ProcessingRecordPanel } from './processing-record-panel';

/** Settings: the controller's details, the privacy notice and the record of processing, each a tab (?tab=) shown by permission. */
export function SettingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const canPublish = usePermission('privacyNotice.publish');
  const canReadRecord = usePermission('processingRecord.read');
  const tabs = ['controller', ...(canPublish ? ['notice'] : []), ...(canReadRecord ? ['record'] : [])];
  const asked = params.get('tab') ?? '';
  const tab = tabs.includes(asked) ? asked : 'controller';

  return (
    <Stack>
      <PageHeader title={t('settings.title')} />
      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'controller' ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List aria-label={t('settings.tabsLabel')}>
          {tabs.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`settings.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="controller" pt="md">
          <ControllerTab />
        </Tabs.Panel>
        <Tabs.Panel value="notice" pt="md">
          <NoticePanel />
        </Tabs.Panel>
        <Tabs.Panel value="record" pt="md">
          <ProcessingRecordPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function ControllerTab() {
  const controller = useController();
  const canEdit = usePermission('controller.manage');
  if (!controller.data) return <QueryState isLoading={controller.isLoading} error={controller.error} />;
  return (
    <ControllerForm
      key={controller.data.version}
      controller={controller.data}
      canEdit={canEdit}
      onReload={() => void controller.refetch()}
    />
  );
}
