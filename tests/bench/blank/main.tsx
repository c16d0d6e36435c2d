// The bench's baseline: the smallest Vite + React page, built and measured in the same run as the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <h1>Blank Vite React page</h1>
      <p>Baseline for the LCP ratio.</p>
    </StrictMode>,
  );
}
