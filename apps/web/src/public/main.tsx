import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PublicSite } from './app';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PublicSite />
  </StrictMode>,
);
