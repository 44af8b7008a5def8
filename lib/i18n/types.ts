import type en from '../../messages/en.json';
import type { Locale } from './routing';

// Typed message keys: a misspelt key fails `tsc`.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
