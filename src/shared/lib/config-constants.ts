/** Constants that do not depend on the build environment (safe to import from Node at build time). */
export const DEFAULT_EDITION = '2024-10';
