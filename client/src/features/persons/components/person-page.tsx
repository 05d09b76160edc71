import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { notifications } from '@mantine/notifications';
import { ConflictAlert } from '@/components/conflict-alert';
import { DetailList } from '@/components/detail-list';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { isStatus } from '@/api/problem';
import type { PersonDto } from '@/api/types';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { usePerson } from '../api/get-person';
import { useUpdatePerson } from '../api/update-person';
import { PersonForm } from './person-form';
import { ConsentsPanel } from './consents-panel';
import { ProhibitionsPanel } from './prohibitions-panel';
import { NonDisclosureClaimButton } from './non-disclosure-claim';
import { LegalHoldControl } from '@/features/retention';
import { RestrictionBanner } from './restriction-banner';
import { CreationWarnings } from './creation-warnings';

export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const canWrite = usePermission('persons.write');
  const decidesClaims = usePermission('nonDisclosure.manage');
  const registersRequests = usePermission('requests.register');
  const { data: person, isLoading, error, refetch } = usePerson(id);
  const update = useUpdatePerson();
  const [editing, setEditing] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const format = useFormat();
  // The warnings the creation answered (e.g. a match with an erased person), handed over by the create page.
  const created = (useLocation().state as { warnings?: PersonDto['warnings'] } | null)?.warnings ?? [];

  if (!person) return <QueryState isLoading={isLoading} error={error} />;

  const conflict = isStatus(update.error, 412);
  const reload = async () => {
    await refetch();
    update.reset();
    setFormKey((k) => k + 1);
  };
  const a = person.address;

  return (
    <Stack>
      <PageHeader
        title={
          <>
            {person.firstName} {person.lastName}
            {person.nonDisclosure && (
              <Badge color="red" ml="sm" variant="filled">
                {t('person.nonDisclosure')}
              </Badge>
            )}
            {person.nonDisclosure && person.nonDisclosureEndsOn && (
              // The register's end date, for information: only a change record lifts the marking.
              <Badge color="red" ml="sm" variant="outline">
                {t('person.nonDisclosureEndsOn', { date: format.date(person.nonDisclosureEndsOn) })}
              </Badge>
            )}
            {person.nonDisclosureClaimPending && (
              <Badge color="orange" ml="sm" variant="filled">
                {t('person.nonDisclosureClaimPending')}
              </Badge>
            )}
            {person.diedOn && (
              <Badge color="dark" ml="sm" variant="filled">
                {t('person.diedOn', { date: format.date(person.diedOn) })}
              </Badge>
            )}
          </>
        }
      >
        {!editing && <LegalHoldControl personId={person.id} />}
        {canWrite && !editing && !person.nonDisclosure && !person.nonDisclosureClaimPending && (
          <NonDisclosureClaimButton personId={person.id} />
        )}
        {registersRequests && !editing && (
          <Button variant="default" component={Link} to={`/requests/new?personId=${person.id}`}>
            {t('person.registerRequest')}
          </Button>
        )}
        {canWrite && !editing && (
          <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
        )}
      </PageHeader>

      <CreationWarnings warnings={created} />
      <RestrictionBanner person={person} />

      {person.nonDisclosureClaimPending && (
        <Alert color="orange" title={t('nonDisclosure.pendingTitle')}>
          {t('nonDisclosure.pendingText')}{' '}
          {decidesClaims && (
            <Anchor component={Link} to="/non-disclosure-claims">
              {t('nonDisclosure.decideLink')}
            </Anchor>
          )}
        </Alert>
      )}

      {conflict && <ConflictAlert message={t('person.conflict')} onReload={() => void reload()} />}

      {editing ? (
        <Card withBorder>
          <Title order={2} size="h4" mb="md">
            {t('person.editTitle')}
          </Title>
          <PersonForm
            key={`${person.version}-${formKey}`}
            person={person}
            error={update.error}
            pending={update.isPending}
            submitLabel={t('common.save')}
            onCancel={() => {
              update.reset();
              setEditing(false);
            }}
            onSubmit={(input) =>
              update.mutate(
                { id: person.id, version: person.version, input },
                {
                  onSuccess: () => {
                    setEditing(false);
                    notifications.show({ color: 'teal', message: t('person.saved') });
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
              { label: t('person.email'), value: person.email },
              { label: t('person.phone'), value: person.phoneDisplay ?? person.phone },
              { label: t('person.mobile'), value: person.mobileDisplay ?? person.mobile },
              { label: t('person.language'), value: t(`languages.${person.language}`, person.language) },
              { label: t('person.personalIdentityCode'), value: person.personalIdentityCode },
              {
                label: t('person.address'),
                value: person.addressHidden
                  ? t(person.nonDisclosure ? 'person.addressHiddenMarked' : 'person.addressHiddenClaim')
                  : a
                    ? [a.street, [a.postalCode, a.city].filter(Boolean).join(' '), a.country].filter(Boolean).join(', ')
                    : null,
              },
              { label: t('person.source'), value: person.source ? t(`sources.${person.source}`, person.source) : null },
              { label: t('common.updatedAt'), value: format.dateTime(person.updatedAt) },
            ]}
          />
        </Card>
      )}

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('person.customers')}
        </Title>
        {(person.customers ?? []).length === 0 ? (
          <Text c="dimmed">{t('person.noCustomers')}</Text>
        ) : (
          <List>
            {(person.customers ?? []).map((c) => (
              <List.Item key={c.id}>
                <Group gap="xs">
                  <Anchor component={Link} to={`/customers/${c.id}`}>
                    {c.customerNumber} {c.name}
                  </Anchor>
                  <Badge variant="light">{t(`customer.role.${c.role}`, c.role)}</Badge>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Card>

      <ConsentsPanel personId={person.id} />
      <ProhibitionsPanel personId={person.id} />
    </Stack>
  );
}
