import { glossarySchema, type Glossary } from '../../shared/lib/company-glossary';
import { datasetNames, datasetSchemas, isDatasetName, type DatasetName } from '../dataset-schemas';
import { editionsSchema } from '../editions-schema';
import {
  bilingualProblems,
  consistencyProblems,
  notePathProblems,
  type ParsedDatasets,
} from './consistency-rules';
import { shown, type DataProblem } from './problem';
import { schemaProblems } from './schema-problems';

/** What reading one file of the data root gave. */
export type ReadResult =
  { kind: 'json'; json: unknown } | { kind: 'missing' } | { kind: 'not-json'; detail: string };

/** Reads a file below the data root ("editions.json", "2024-10/funds.json"). */
export type DataRootReader = (relativePath: string) => ReadResult;

function readJson(
  read: DataRootReader,
  file: string,
  problems: DataProblem[],
): { ok: true; json: unknown } | { ok: false } {
  const result = read(file);
  if (result.kind === 'json') return { ok: true, json: result.json };
  problems.push({
    file,
    path: '$',
    expected: 'a JSON file',
    found: result.kind === 'missing' ? 'no such file' : `text that is not JSON (${result.detail})`,
  });
  return { ok: false };
}

/**
 * Checks a data root the way the app will read it: `editions.json`, the glossary, and every
 * dataset of every listed edition against the app's own schemas, then the consistency rules.
 * Returns every problem found (an empty list means the data root is good to deploy).
 */
export function checkDataRoot(read: DataRootReader): DataProblem[] {
  const problems: DataProblem[] = [];

  let glossary: Glossary | null = null;
  const glossaryFile = readJson(read, 'glossary.json', problems);
  if (glossaryFile.ok) {
    const found = schemaProblems('glossary.json', glossarySchema, glossaryFile.json);
    problems.push(...found);
    if (found.length === 0) glossary = glossarySchema.parse(glossaryFile.json);
  }

  const editionsFile = readJson(read, 'editions.json', problems);
  if (!editionsFile.ok) return problems;
  const editionProblems = schemaProblems('editions.json', editionsSchema, editionsFile.json);
  problems.push(...editionProblems);
  if (editionProblems.length > 0) return problems;
  const editions = editionsSchema.parse(editionsFile.json);

  const ids = editions.editions.map((e) => e.id);
  if (!ids.includes(editions.latest))
    problems.push({
      file: 'editions.json',
      path: '$.latest',
      expected: `one of the listed editions (${ids.join(', ')})`,
      found: shown(editions.latest),
    });
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      problems.push({
        file: 'editions.json',
        path: `$.editions[${i}].id`,
        expected: 'an id not already listed',
        found: shown(id),
      });
  });

  editions.editions.forEach((edition, e) => {
    edition.datasets.forEach((name, d) => {
      if (!isDatasetName(name))
        problems.push({
          file: 'editions.json',
          path: `$.editions[${e}].datasets[${d}]`,
          expected: `one of ${datasetNames.join(', ')}`,
          found: shown(name),
        });
    });
    const missing = datasetNames.filter((name) => !edition.datasets.includes(name));
    if (missing.length > 0)
      problems.push({
        file: 'editions.json',
        path: `$.editions[${e}].datasets`,
        expected: `every dataset the app shows (${datasetNames.join(', ')})`,
        found: `no ${missing.join(', ')}`,
      });

    const parsed: ParsedDatasets = {};
    const listed = edition.datasets.filter(isDatasetName);
    const absent = listed.filter((name) => read(`${edition.id}/${name}.json`).kind === 'missing');
    if (listed.length > 0 && absent.length === listed.length) {
      // The whole folder is missing: one problem, not one per dataset.
      problems.push({
        file: `${edition.id}/`,
        path: '$',
        expected: `a folder with the edition's datasets (listed in editions.json as edition ${e})`,
        found: 'no such folder (or no dataset in it)',
      });
      return;
    }
    for (const name of listed) {
      const file = `${edition.id}/${name}.json`;
      const dataset = readJson(read, file, problems);
      if (!dataset.ok) continue;
      const found = schemaProblems(file, datasetSchemas[name], dataset.json);
      problems.push(...found);
      // The content rules read valid files only (a schema error is already reported once).
      if (found.length > 0) continue;
      problems.push(
        ...bilingualProblems(file, dataset.json),
        ...notePathProblems(file, dataset.json),
      );
      setParsed(parsed, name, dataset.json);
    }
    problems.push(...consistencyProblems(edition.id, parsed, glossary));
  });
  return problems;
}

function setParsed<K extends DatasetName>(parsed: ParsedDatasets, name: K, json: unknown): void {
  parsed[name] = datasetSchemas[name].parse(json) as ParsedDatasets[K];
}
