import { useId, type ReactNode } from 'react';
import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type SecretItem = { label: string; value: string };

/**
 * A secret the API shows only in one answer (a webhook or an API client secret), with a copy
 * button per value and a clear warning. It is kept only in the caller's state: closing forgets it.
 * Clicking outside or pressing Escape does not close it, so that it is not lost by accident.
 */
export function SecretOnceModal({
  title,
  intro,
  warning,
  items,
  onClose,
}: {
  title: string;
  intro?: ReactNode;
  warning: string;
  items: SecretItem[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg" closeOnClickOutside={false} closeOnEscape={false}>
      <Stack gap="sm">
        {intro && <Text size="sm">{intro}</Text>}
        <Alert color="orange" variant="light" role="alert" title={t('secret.onlyNowTitle')}>
          {warning}
        </Alert>
        {items.map((item, i) => (
          <Stack gap={4} key={item.label}>
            <Text size="sm" fw={600} id={`${id}-${i}`}>
              {item.label}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Code
                block
                aria-labelledby={`${id}-${i}`}
                data-testid="secret-value"
                style={{ flex: 1, userSelect: 'all', wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
              >
                {item.value}
              </Code>
              <CopyButton value={item.value} timeout={2000}>
                {({ copied, copy }) => (
                  <Button
                    variant={copied ? 'filled' : 'light'}
                    color={copied ? 'teal' : undefined}
                    onClick={copy}
                    aria-label={t('secret.copyLabel', { label: item.label })}
                    style={{ flexShrink: 0 }}
                    data-autofocus={i === 0 ? true : undefined}
                  >
                    {copied ? t('secret.copied') : t('secret.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        ))}
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('secret.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
