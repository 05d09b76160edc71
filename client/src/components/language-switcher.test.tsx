import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { renderWithProviders } from '@/testing/render';
import { LANGUAGE_STORAGE_KEY, storedLanguage } from '@/i18n';
import { LanguageSwitcher } from './language-switcher';

function Probe() {
  const { t } = useTranslation();
  return <button type="button">{t('auth.signOut')}</button>;
}

describe('Language switcher', () => {
  it('switches every visible text and remembers the choice', async () => {
    renderWithProviders(
      <>
        <LanguageSwitcher />
        <Probe />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fi');
    expect(await screen.findByRole('button', { name: 'Kirjaudu ulos' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kieli' })).toHaveValue('fi');
    expect(document.documentElement.lang).toBe('fi');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kieli' }), 'sv');
    expect(await screen.findByRole('button', { name: 'Logga ut' })).toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('sv');
    expect(storedLanguage()).toBe('sv');
  });

  it('defaults to Finnish when nothing (or nonsense) is stored', () => {
    expect(storedLanguage()).toBe('fi');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    expect(storedLanguage()).toBe('fi');
  });
});
