import { lazy, Suspense, useEffect, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useSearchParams } from 'react-router';

import {
  PREFERENCES_KEY,
  useColourChoice,
  useLanguage,
  usePalette,
  usePreferenceActions,
  useThemeChoice,
  type ColourChoice,
  type Palette,
  type ThemeChoice,
} from '../shared/stores/preferences-store';
import { EditionGate, useEditionParam, useEditionState } from './edition/edition-context';
import { withEdition } from './edition/edition-url';
import { navItems } from './nav-items';
import { useOnline } from '../shared/ui/use-online';
import { useStorageRefused } from '../shared/ui/use-storage-refused';
import { usePresentShortcut } from './present/use-present-shortcut';
import { LoadingPage } from './route-states';

// Only when the data host lists more than one edition: most visits never download it.
const EditionPicker = lazy(() =>
  import('./edition/edition-picker').then((m) => ({ default: m.EditionPicker })),
);

/** The edition picker, once editions.json lists more than one edition. */
function EditionTools(): ReactElement | null {
  const { editions, resolved } = useEditionState();
  if (!editions.data || !resolved || editions.data.editions.length < 2) return null;
  return (
    <Suspense fallback={null}>
      <EditionPicker editions={editions.data} resolved={resolved} />
    </Suspense>
  );
}

/** Switches language in place: same route, same filters, same scroll; ?lang= follows if present. */
function LanguageSwitch(): ReactElement {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { languageSwitched } = usePreferenceActions();
  const [searchParams, setSearchParams] = useSearchParams();
  const next = lang === 'zh' ? 'en' : 'zh';

  // A ?lang= in the address wins over the stored preference (shared links show what was shared).
  const fromUrl = searchParams.get('lang');
  useEffect(() => {
    if ((fromUrl === 'zh' || fromUrl === 'en') && fromUrl !== lang) languageSwitched(fromUrl);
    // Only react to the address changing, not to the preference.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fromUrl]);

  const onSwitch = (): void => {
    languageSwitched(next);
    if (searchParams.has('lang')) {
      const params = new URLSearchParams(searchParams);
      params.set('lang', next);
      setSearchParams(params, { replace: true, preventScrollReset: true });
    }
  };
  return (
    <button
      type="button"
      className="button language-switch"
      onClick={onSwitch}
      lang={next === 'zh' ? 'zh-CN' : 'en'}
      aria-label={t('prefs.switchTo')}
    >
      {next === 'zh' ? '中文' : 'EN'}
    </button>
  );
}

function PreferenceControls(): ReactElement {
  const { t } = useTranslation();
  const colour = useColourChoice();
  const theme = useThemeChoice();
  const palette = usePalette();
  const { colourChosen, themeChosen, paletteChosen } = usePreferenceActions();
  return (
    <div className="preference-controls">
      <label>
        <span>{t('prefs.colour')}</span>
        <select value={colour} onChange={(e) => colourChosen(e.target.value as ColourChoice)}>
          <option value="auto">{t('prefs.colourAuto')}</option>
          <option value="red-up">{t('prefs.colourRedUp')}</option>
          <option value="green-up">{t('prefs.colourGreenUp')}</option>
        </select>
      </label>
      <label>
        <span>{t('prefs.theme')}</span>
        <select value={theme} onChange={(e) => themeChosen(e.target.value as ThemeChoice)}>
          <option value="system">{t('prefs.themeSystem')}</option>
          <option value="light">{t('prefs.themeLight')}</option>
          <option value="dark">{t('prefs.themeDark')}</option>
        </select>
      </label>
      <label>
        <span>{t('prefs.palette')}</span>
        <select value={palette} onChange={(e) => paletteChosen(e.target.value as Palette)}>
          <option value="standard">{t('prefs.paletteStandard')}</option>
          <option value="colour-blind">{t('prefs.paletteColourBlind')}</option>
        </select>
      </label>
    </div>
  );
}

/**
 * Header, navigation and main area. The data-date / source line above it is static HTML written
 * into index.html at build time (see boot-shell.ts): it paints before any script and follows the
 * language through <html lang>. `children` replaces the routed page (used while the first route's
 * code loads, so the shell never disappears).
 */
/**
 * Says so when the browser goes offline. Under the offline service worker every page and dataset
 * of the edition comes from its cache; without it, pages keep what they already loaded.
 */
function OfflineNotice(): ReactElement | null {
  const { t } = useTranslation();
  const online = useOnline();
  if (online) return null;
  return (
    <p className="offline-notice" role="status">
      {t(navigator.serviceWorker?.controller ? 'errors.offlineCached' : 'errors.offline')}
    </p>
  );
}

/**
 * Says so when the browser refused to store a preference: the choice still applies for this
 * session. The polite live region is always there, so the notice is announced when it appears
 * (a bare aria-live, not role="status": the pages own the status role for their result counts).
 */
function PreferencesNotSavedNotice(): ReactElement {
  const { t } = useTranslation();
  const refused = useStorageRefused(PREFERENCES_KEY);
  return (
    <div aria-live="polite">
      {refused ? <p className="offline-notice">{t('prefs.notSaved')}</p> : null}
    </div>
  );
}

export function Shell({ children }: { children?: ReactNode }): ReactElement {
  const { t } = useTranslation();
  const startPresenting = usePresentShortcut();
  const { pathname } = useLocation();
  const edition = useEditionParam();
  // The narrow-screen menu is open for the page it was opened on: following a link closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header" data-menu-open={menuOpen ? 'true' : undefined}>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
        </div>
        {/* On narrow screens the navigation and tools fold behind this button. */}
        <button
          type="button"
          className="button menu-button"
          aria-expanded={menuOpen}
          aria-controls="site-menu"
          onClick={() => setMenuOpenOn(menuOpen ? null : pathname)}
        >
          ☰ {t('nav.menu')}
        </button>
        <div className="site-menu" id="site-menu">
          <nav aria-label={t('nav.label')} className="site-nav">
            <ul>
              {navItems.map((item) => (
                <li key={item.to}>
                  {/* Pages keep the edition shown (?edition=); their own filters stay behind. */}
                  <NavLink to={withEdition(item.to, edition)} end={item.end}>
                    {t(`nav.${item.key}`)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="header-tools">
            <EditionTools />
            <button
              type="button"
              className="button present-button"
              onClick={startPresenting}
              aria-keyshortcuts="P"
              title={t('app.presentHint')}
            >
              ▶ {t('app.present')}
            </button>
            <LanguageSwitch />
            <details className="preferences">
              <summary>
                {t('prefs.theme')} · {t('prefs.colour')}
              </summary>
              <PreferenceControls />
            </details>
          </div>
        </div>
      </header>
      <OfflineNotice />
      <PreferencesNotSavedNotice />
      <main id="main" tabIndex={-1}>
        {children ?? (
          <EditionGate>
            <Suspense fallback={<LoadingPage />}>
              <Outlet />
            </Suspense>
          </EditionGate>
        )}
      </main>
    </div>
  );
}

/** Shown while the first route's code loads: the whole shell, with a loading main area. */
export function ShellFallback(): ReactElement {
  return (
    <Shell>
      <LoadingPage />
    </Shell>
  );
}
