import { Suspense, useEffect, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';

import { DEFAULT_EDITION } from '../shared/lib/config';
import { formatDate } from '../shared/lib/format';
import {
  useColourChoice,
  useLanguage,
  usePalette,
  usePreferenceActions,
  useThemeChoice,
  type ColourChoice,
  type Palette,
  type ThemeChoice,
} from '../shared/stores/preferences-store';
import { ErrorPanel } from '../shared/ui/error-panel';
import { editionsQueryOptions } from './editions';
import { LoadingPage } from './route-states';

const navItems = [
  { to: '/', key: 'nav.overview', end: true },
  { to: '/sectors', key: 'nav.sectors', end: false },
  { to: '/funds', key: 'nav.funds', end: false },
  { to: '/companies', key: 'nav.companies', end: false },
  { to: '/timeline', key: 'nav.timeline', end: false },
] as const;

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

/** Data date and source, on every page. Comes from editions.json, which has its own error panel. */
function ProvenanceBar(): ReactElement {
  const { t } = useTranslation();
  const lang = useLanguage();
  const editions = useQuery(editionsQueryOptions);
  if (editions.isError && !editions.data) {
    return (
      <div className="provenance-bar">
        <ErrorPanel
          what={t('datasets.editions')}
          error={editions.error}
          onRetry={() => void editions.refetch()}
          retrying={editions.isFetching}
        />
      </div>
    );
  }
  const edition = editions.data?.editions.find((e) => e.id === DEFAULT_EDITION);
  return (
    <div className="provenance-bar" aria-live="polite">
      {edition ? (
        <>
          <span className="data-date">
            {t('provenance.dataAsOf', { date: formatDate(edition.dataAsOf, lang) })}
          </span>
          <span className="report-source">
            {t('provenance.source', {
              publisher: edition.publisher[lang],
              title: edition.title[lang],
              date: formatDate(edition.publishedOn, lang),
            })}
          </span>
          {lang === 'en' ? (
            <span className="translation-note">{t('provenance.translationNote')}</span>
          ) : null}
        </>
      ) : (
        <span>{t('app.loading')}</span>
      )}
    </div>
  );
}

export function Shell(): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="site-nav">
          <ul>
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={{ pathname: item.to }} end={item.end}>
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <LanguageSwitch />
          <details className="preferences">
            <summary>
              {t('prefs.theme')} · {t('prefs.colour')}
            </summary>
            <PreferenceControls />
          </details>
        </div>
      </header>
      <ProvenanceBar />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingPage />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
