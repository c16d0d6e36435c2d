import { describe, expect, it, vi } from 'vitest';

import { refusedKeys } from '../lib/safe-storage';

import {
  initialLanguage,
  PREFERENCES_KEY,
  resolveColourConvention,
  usePreferencesStore,
} from './preferences-store';

describe('initialLanguage', () => {
  it('prefers ?lang=, then the browser, else zh', () => {
    expect(initialLanguage('?lang=en', ['zh-CN'])).toBe('en');
    expect(initialLanguage('?lang=xx', ['en-GB'])).toBe('en');
    expect(initialLanguage('', ['fr-FR', 'zh-TW'])).toBe('zh');
    expect(initialLanguage('', ['fr-FR'])).toBe('zh');
  });
});

describe('colour convention', () => {
  it('follows the language until the user picks', () => {
    expect(resolveColourConvention('auto', 'zh')).toBe('red-up');
    expect(resolveColourConvention('auto', 'en')).toBe('green-up');
    expect(resolveColourConvention('red-up', 'en')).toBe('red-up');
    expect(resolveColourConvention('green-up', 'zh')).toBe('green-up');
  });
});

describe('persisted preferences', () => {
  it('restores a valid stored value', async () => {
    localStorage.setItem(
      PREFERENCES_KEY,
      JSON.stringify({
        state: { language: 'en', colour: 'red-up', theme: 'dark', palette: 'standard' },
        version: 1,
      }),
    );
    await usePreferencesStore.persist.rehydrate();
    const state = usePreferencesStore.getState();
    expect([state.language, state.colour, state.theme]).toEqual(['en', 'red-up', 'dark']);
  });

  it.each([
    ['corrupt JSON', '{not json'],
    [
      'a foreign shape',
      JSON.stringify({ state: { language: 'fr', colour: 'purple' }, version: 1 }),
    ],
    ['a wrong type', JSON.stringify({ state: 42, version: 1 })],
  ])('resets %s to defaults without throwing', async (_name, stored) => {
    usePreferencesStore.setState({
      language: 'zh',
      colour: 'auto',
      theme: 'system',
      palette: 'standard',
    });
    localStorage.setItem(PREFERENCES_KEY, stored);
    await expect(usePreferencesStore.persist.rehydrate()).resolves.toBeUndefined();
    const state = usePreferencesStore.getState();
    expect([state.colour, state.theme, state.palette]).toEqual(['auto', 'system', 'standard']);
    expect(['zh', 'en']).toContain(state.language);
  });
});

describe('refused storage', () => {
  it('still applies a change for the session when the browser refuses to save it', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { languageSwitched, themeChosen } = usePreferencesStore.getState().actions;
    expect(() => languageSwitched('en')).not.toThrow();
    expect(() => themeChosen('dark')).not.toThrow();
    const state = usePreferencesStore.getState();
    expect([state.language, state.theme]).toEqual(['en', 'dark']);
    expect(refusedKeys()).toContain(PREFERENCES_KEY);

    // Once the browser accepts again, the next change is saved and the refusal is forgotten.
    vi.mocked(Storage.prototype.setItem).mockRestore();
    languageSwitched('zh');
    expect(refusedKeys()).not.toContain(PREFERENCES_KEY);
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}').state.language).toBe('zh');
  });
});
