/**
 * Stands in for the `use-sync-external-store/shim` package in production builds (vite.config.ts):
 * react-i18next imports that shim for React < 18, but React 19 has the hook itself, and the shim
 * only forwards to it after a version check, so its code is dead weight on every page.
 */
export { useSyncExternalStore } from 'react';
