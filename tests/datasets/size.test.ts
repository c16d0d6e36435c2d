/** The dataset size limit stays generous for real data: every real file is far below it. */
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { DATA_MAX_BYTES } from '../../src/shared/lib/config';

const dataDir = `${resolve(__dirname, '../../public/data')}/`;

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? jsonFiles(`${dir}${entry.name}/`)
      : entry.name.endsWith('.json')
        ? [`${dir}${entry.name}`]
        : [],
  );
}

describe('dataset size limit', () => {
  it('every real dataset is under a tenth of the limit', () => {
    const files = jsonFiles(dataDir);
    expect(files.length).toBeGreaterThan(5);
    const tooBig = files.filter((file) => statSync(file).size > DATA_MAX_BYTES / 10);
    expect(tooBig).toEqual([]);
  });
});
