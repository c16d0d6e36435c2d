import type { FundsDataset } from '../../src/features/funds/funds-schema';

export const SYNTHETIC_SEED: number;
export function mulberry32(seed: number): () => number;
export function syntheticFunds(n: number, seed?: number): FundsDataset;
