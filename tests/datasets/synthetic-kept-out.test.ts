import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { SYNTHETIC_EDITION } from '../fixtures/synthetic-edition';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the synthetic edition stays a test fixture', () => {
  it('is not in public/ (what the build ships)', () => {
    for (const file of files('public')) {
      expect(file).not.toContain(SYNTHETIC_EDITION);
      if (file.endsWith('.json')) {
        const text = readFileSync(file, 'utf8');
        expect(text, file).not.toMatch(/SYNTHETIC|合成测试/);
      }
    }
  });

  it('is imported by no app code', () => {
    for (const file of files('src').filter((f) => !/\.test\.tsx?$/.test(f))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/tests\/fixtures|synthetic-edition/);
    }
  });
});
