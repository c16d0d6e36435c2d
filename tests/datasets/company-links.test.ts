/**
 * "Companies" links on news, frontier items and deals: an item links only companies it names
 * itself (as actors: the reviewed data drops companies mentioned only as a comparison, a supplier
 * or a rumour). The test checks what a machine can: every link is named in the item's own text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { glossarySchema } from '../../src/shared/lib/company-glossary';
import { loadDatasets } from './source-text';

const glossary = glossarySchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../../public/data/glossary.json'), 'utf8')),
);
const data = loadDatasets();

function namesOf(code: string): string[] {
  const entry = glossary.companies.find((e) => e.code === code);
  return entry ? [entry.zh, ...(entry.aliases ?? [])] : [];
}

const linked = [
  ...data.news.items.map((item) => ({
    id: item.id,
    companies: item.companies,
    text: [item.headline.zh, ...item.paragraphs.map((p) => p.zh)].join(' '),
  })),
  ...data.news.financing.map((deal) => ({
    id: deal.id,
    companies: deal.companies,
    text: [deal.company.zh, deal.investors.zh].join(' '),
  })),
  ...data.frontier.items.map((item) => ({
    id: item.id,
    companies: item.companies,
    text: [item.title.zh, ...item.blocks.map((b) => b.text.zh)].join(' '),
  })),
];

describe('company links on news, deals and frontier items', () => {
  it('every linked company is named in the item itself', () => {
    const unnamed = linked.flatMap((item) =>
      item.companies
        .filter((code) => !namesOf(code).some((name) => item.text.includes(name)))
        .map((code) => `${item.id}: ${code}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('does not link companies an item mentions only in passing', () => {
    const links = (id: string) => linked.find((item) => item.id === id)?.companies;
    // Cohere's Embed 3 runs on Azure and competes with Google: neither is an actor.
    expect(links('t9-2')).toEqual([]);
    // xAI is Musk's AI company, not Tesla.
    expect(links('t10-4')).toEqual([]);
    // Nvidia GPUs as hardware (Genmo, RackBank, Inspur's appliance) do not make Nvidia an actor.
    expect(links('t9-4')).toEqual([]);
    expect(links('t10-2')).toEqual([]);
    expect(links('s5-1-5')).toEqual(['000977.SZ']);
    // Models compared against (Gemma, Llama, Phi) do not link their makers.
    expect(links('s5-1-1')).toEqual([]);
    expect(links('s5-1-2')).toEqual([]);
    expect(links('s4-1-3')).toEqual([]);
  });
});
