import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// eslint-disable-next-line import-x/no-default-export -- Vite reads the default export.
export default defineConfig({ plugins: [react()], build: { target: 'es2022' } });
