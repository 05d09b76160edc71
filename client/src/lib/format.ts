import { useTranslation } from 'react-i18next';

const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** Dates and times in the UI language's Finnish-market locale. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = LOCALES[i18n.resolvedLanguage ?? i18n.language] ?? 'fi-FI';
  return {
    dateTime: (iso: string | null | undefined) =>
      iso ? new Date(iso).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' }) : '',
    date: (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString(locale) : ''),
    /** A count with the locale's digit grouping (1 712 in Finnish). */
    count: (n: number | null | undefined) => (n === null || n === undefined ? '' : n.toLocaleString(locale)),
    /** Euros; null/undefined (e.g. hidden for the user's access level) gives ''. */
    money: (euros: number | null | undefined) =>
      euros === null || euros === undefined ? '' : euros.toLocaleString(locale, { style: 'currency', currency: 'EUR' }),
    /** A file size in kB or MB (decimal units, as the 50 MB upload limit). */
    bytes: (n: number) =>
      n < 1_000_000
        ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(n / 1000)))
        : new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(n / 1_000_000),
  };
}
