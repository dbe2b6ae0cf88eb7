import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { applyPreloadedStyles, endBoot } from './app/boot';
import { Providers } from './app/providers';
import { preloadSignedIn } from './app/preload';
import { AppRoutes } from './app/router';
import { initialLanguage } from './i18n/i18n';
import { modules } from './modules';

// Set the page language before the first paint, so it never flashes the wrong one.
document.documentElement.lang = initialLanguage();
// A signed-in address loads its shell and page now, beside the entry, not one after the other.
preloadSignedIn(modules, window.location.pathname);

// An error nothing caught leaves an empty root: do not leave index.html's placeholder over it.
const root = createRoot(document.getElementById('root')!, {
  onUncaughtError: (error) => {
    endBoot();
    reportError(error);
  },
});
// The first render once the stylesheet is in (index.html's placeholder is on screen meanwhile), in
// a transition: React then renders in slices of a few milliseconds, yielding to the browser between
// them, instead of one long task (a phone's main thread stays free; the placeholder stands in).
void applyPreloadedStyles().then(() =>
  startTransition(() =>
    root.render(
      <StrictMode>
        <Providers>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </Providers>
      </StrictMode>,
    ),
  ),
);
