import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Providers } from './app/providers';
import { preloadSignedIn } from './app/preload';
import { AppRoutes } from './app/router';
import { initialLanguage } from './i18n/i18n';
import { modules } from './modules';

// Set the page language before the first paint, so it never flashes the wrong one.
document.documentElement.lang = initialLanguage();
// A signed-in address loads its shell and page now, beside the entry, not one after the other.
preloadSignedIn(modules, window.location.pathname);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </Providers>
  </StrictMode>,
);
