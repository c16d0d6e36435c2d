import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  readStored,
  refusedKeys,
  removeStored,
  subscribeRefusals,
  writeStored,
} from './safe-storage';

const quota = (): never => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

afterEach(() => {
  vi.restoreAllMocks();
  // A successful write clears a key's refusal, so later tests start clean.
  writeStored('k', 'x');
  removeStored('k');
});

describe('guarded storage', () => {
  it('reads, writes and removes when the browser allows it', () => {
    expect(readStored('k')).toBeNull();
    expect(writeStored('k', 'v')).toBe(true);
    expect(readStored('k')).toBe('v');
    expect(removeStored('k')).toBe(true);
    expect(readStored('k')).toBeNull();
    expect(refusedKeys()).toEqual([]);
  });

  it('answers false for a refused write, remembers the key and tells subscribers', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(quota);
    const listener = vi.fn();
    const unsubscribe = subscribeRefusals(listener);
    expect(() => writeStored('k', 'v')).not.toThrow();
    expect(writeStored('k', 'v')).toBe(false);
    expect(refusedKeys()).toEqual(['k']);
    // Told once, when the key became refused.
    expect(listener).toHaveBeenCalledTimes(1);
    vi.mocked(Storage.prototype.setItem).mockRestore();
    expect(writeStored('k', 'v')).toBe(true);
    expect(refusedKeys()).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('survives storage that cannot even be reached (SecurityError on access)', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    expect(readStored('k')).toBeNull();
    expect(writeStored('k', 'v')).toBe(false);
    expect(removeStored('k')).toBe(false);
    expect(refusedKeys()).toEqual(['k']);
  });

  it('answers null when reading throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(readStored('k')).toBeNull();
  });
});
