import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { CloseButton, type CloseButtonProps, createTheme, MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from '@/api/problem';
import { session } from '@/api/session';
import { cssVariablesResolver, theme } from './theme';

export function AppProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // Every icon-only close button (notifications, dialogs) gets a name in the UI language, one that
  // differs from the "Close" buttons of the dialogs themselves.
  const localizedTheme = useMemo(
    () =>
      mergeThemeOverrides(
        theme,
        createTheme({ components: { CloseButton: CloseButton.extend({ defaultProps: { 'aria-label': t('common.dismiss') } as Partial<CloseButtonProps> }) } }),
      ),
    [t],
  );
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            staleTime: 10_000,
            refetchOnWindowFocus: false,
            retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
          },
        },
      }),
  );
  // Nothing cached for one user may be shown to the next one.
  useEffect(
    () =>
      session.subscribe(() => {
        if (!session.get()) queryClient.clear();
      }),
    [queryClient],
  );
  return (
    <MantineProvider theme={localizedTheme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
