import * as z from 'zod/mini';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

import { guardedStateStorage } from '../lib/safe-storage';

/**
 * User preferences, persisted to localStorage. Server data lives in React Query and view state
 * in the URL; only these choices live here. Storage goes through the guarded adapter: when the
 * browser refuses a write (full quota, private mode) the choice still applies for the session and
 * the shell says it was not saved, instead of the action throwing.
 */
export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];
/** `auto` follows the language until the user picks: zh → red for rise, en → green for rise. */
export type ColourChoice = 'auto' | 'red-up' | 'green-up';
export type ColourConvention = Exclude<ColourChoice, 'auto'>;
export type ThemeChoice = 'light' | 'dark' | 'system';
export type Palette = 'standard' | 'colour-blind';

const storedSchema = z.object({
  language: z.enum(languages),
  colour: z.enum(['auto', 'red-up', 'green-up']),
  theme: z.enum(['light', 'dark', 'system']),
  palette: z.enum(['standard', 'colour-blind']),
});
type StoredPreferences = z.infer<typeof storedSchema>;

interface PreferencesState extends StoredPreferences {
  actions: {
    languageSwitched: (language: Language) => void;
    colourChosen: (colour: ColourChoice) => void;
    themeChosen: (theme: ThemeChoice) => void;
    paletteChosen: (palette: Palette) => void;
  };
}

export const PREFERENCES_KEY = 'ai-dashboard.preferences';

/** ?lang= first, then the browser, else zh. The saved preference is applied on rehydration. */
export function initialLanguage(search: string, browserLanguages: readonly string[]): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (fromUrl === 'zh' || fromUrl === 'en') return fromUrl;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh' || base === 'en') return base;
  }
  return 'zh';
}

const defaults: StoredPreferences = {
  language: 'zh',
  colour: 'auto',
  theme: 'system',
  palette: 'standard',
};

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}
function currentSearch(): string {
  return typeof window === 'undefined' ? '' : window.location.search;
}

export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      ...defaults,
      language: initialLanguage(currentSearch(), browserLanguages()),
      actions: {
        languageSwitched: (language) => set({ language }),
        colourChosen: (colour) => set({ colour }),
        themeChosen: (theme) => set({ theme }),
        paletteChosen: (palette) => set({ palette }),
      },
    }),
    {
      name: PREFERENCES_KEY,
      version: 1,
      storage: createJSONStorage(() => guardedStateStorage),
      partialize: ({ language, colour, theme, palette }) => ({ language, colour, theme, palette }),
      // Whatever is stored is untrusted: a corrupt or foreign value falls back to defaults silently.
      merge: (persisted, current) => {
        const parsed = storedSchema.safeParse(persisted);
        if (!parsed.success) return current;
        // ?lang= in the address beats the saved language (a shared link shows what was shared).
        const fromUrl = new URLSearchParams(currentSearch()).get('lang');
        const language = fromUrl === 'zh' || fromUrl === 'en' ? fromUrl : parsed.data.language;
        return { ...current, ...parsed.data, language };
      },
      migrate: () => defaults,
    },
  ),
);

export const useLanguage = (): Language => usePreferencesStore((s) => s.language);
export const useColourChoice = (): ColourChoice => usePreferencesStore((s) => s.colour);
export const useThemeChoice = (): ThemeChoice => usePreferencesStore((s) => s.theme);
export const usePalette = (): Palette => usePreferencesStore((s) => s.palette);
export const usePreferenceActions = (): PreferencesState['actions'] =>
  usePreferencesStore((s) => s.actions);

/** The convention in force: an explicit choice, else the language's own. */
export function resolveColourConvention(
  choice: ColourChoice,
  language: Language,
): ColourConvention {
  if (choice !== 'auto') return choice;
  return language === 'zh' ? 'red-up' : 'green-up';
}

export const useColourConvention = (): ColourConvention =>
  usePreferencesStore((s) => resolveColourConvention(s.colour, s.language));
