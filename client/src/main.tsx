import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './i18n';
import './styles.css';
import { AppProvider } from './app/provider';
import { AppRouter } from './app/router';
import { restoreSession } from './api/client';

// A reload keeps the session: the HttpOnly refresh cookie gets a new access token.
void restoreSession();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AppProvider>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);
