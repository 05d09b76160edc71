import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import fi from './fi.json';
import sv from './sv.json';
import en from './en.json';

const resources = { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } };
export type UiLanguage = keyof typeof resources;
/** The UI's languages: those it has a translation of (fi first, the default). */
export const SUPPORTED_LANGUAGES = Object.keys(resources) as readonly UiLanguage[];
export const LANGUAGE_STORAGE_KEY = 'hsworks.language';

export function storedLanguage(): UiLanguage {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (value && (SUPPORTED_LANGUAGES as readonly string[]).includes(value)) return value as UiLanguage;
  } catch {
    /* ignore */
  }
  return 'fi';
}

export function changeLanguage(lang: UiLanguage) {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    /* ignore */
  }
  return i18n.changeLanguage(lang);
}

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'fi',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
