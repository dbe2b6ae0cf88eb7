import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nProvider } from './i18n/i18n';

/** Renders with the providers every component needs, in English. */
export function renderUi(ui: ReactElement) {
  return render(ui, {
    wrapper: ({ children }: { children: ReactNode }) => (
      <MantineProvider>
        <I18nProvider language="en">{children}</I18nProvider>
      </MantineProvider>
    ),
  });
}
