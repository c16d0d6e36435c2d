import editionsJson from '../../public/data/editions.json';
import { editionsSchema, type Editions } from './editions-schema';

export { editionsSchema, type Editions };

/**
 * The editions.json this build shipped with, validated. The shell shows it until the fetched copy
 * answers, so the data date and source paint with the first frame (see boot-shell.ts). Kept free
 * of browser-only imports: vite.config.ts reads it at build time.
 */
export const embeddedEditions: Editions = editionsSchema.parse(editionsJson);
