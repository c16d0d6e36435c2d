import { useEffect, useState, type ReactElement, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';

import { bindLanguage, getI18n, type BundledCoreStrings } from '../shared/i18n/i18n';
import { namespaceBackend } from './i18n-namespaces';
import {
  useColourConvention,
  usePalette,
  usePreferencesStore,
} from '../shared/stores/preferences-store';
import { marketColours } from '../shared/ui/market-colours';
import { useResolvedTheme } from '../shared/ui/use-theme';

/** Mirrors theme and rise/fall colours onto <html> so plain CSS follows the preferences. */
function ThemeSync(): null {
  const theme = useResolvedTheme();
  const convention = useColourConvention();
  const palette = usePalette();
  useEffect(() => {
    const root = document.documentElement;
    const colours = marketColours(convention, theme, palette);
    root.dataset.theme = theme;
    root.dataset.convention = convention;
    root.style.setProperty('--up', colours.up);
    root.style.setProperty('--down', colours.down);
    root.style.setProperty('--flat', colours.flat);
    root.style.colorScheme = theme;
  }, [theme, convention, palette]);
  return null;
}

export function Providers({
  queryClient,
  coreStrings,
  children,
}: {
  queryClient: QueryClient;
  /** The core strings loaded before the first render (see main.tsx). */
  coreStrings?: BundledCoreStrings;
  children: ReactNode;
}): ReactElement {
  const [i18n] = useState(() =>
    getI18n(usePreferencesStore.getState().language, namespaceBackend, coreStrings),
  );
  useEffect(() => bindLanguage(i18n), [i18n]);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <ThemeSync />
        {children}
      </I18nextProvider>
    </QueryClientProvider>
  );
}
