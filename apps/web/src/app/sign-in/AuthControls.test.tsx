import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useI18n } from '../../i18n/i18n';
import { renderUi } from '../../test-utils';
import { AuthColorSchemeToggle, AuthLanguageSwitch } from './AuthControls';

function Shown() {
  const { lang, t } = useI18n();
  return (
    <p data-testid="shown" lang={lang}>
      {t('shell.language')}
    </p>
  );
}

afterEach(cleanup);

describe('the sign-in page’s language switch', () => {
  it('opens a list of options on click and switches the language with one', async () => {
    renderUi(
      <>
        <AuthLanguageSwitch />
        <Shown />
      </>,
    );
    const button = screen.getByTestId('language-switch');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('option', { name: /English/ }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('option', { name: /中文/ }));
    // The switch waits for the loaded modules' messages in the new language (i18n.tsx).
    await waitFor(() => expect(screen.getByTestId('shown').getAttribute('lang')).toBe('zh-CN'));
    expect(screen.getByTestId('shown').textContent).toBe('语言');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('works from the keyboard: arrows open and move, Enter picks, Escape closes without a change', async () => {
    renderUi(
      <>
        <AuthLanguageSwitch />
        <Shown />
      </>,
    );
    const button = screen.getByTestId('language-switch');
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('option', { name: /English/ }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('option', { name: /中文/ }));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByTestId('shown').getAttribute('lang')).toBe('en');
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('shown').getAttribute('lang')).toBe('zh-CN'));
  });

  it('closes on a press outside it', () => {
    renderUi(<AuthLanguageSwitch />);
    fireEvent.click(screen.getByTestId('language-switch'));
    fireEvent.pointerDown(document.body);
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});

describe('the sign-in page’s theme switch', () => {
  it('is named by the theme it switches to, and switches', () => {
    renderUi(<AuthColorSchemeToggle />);
    const toggle = screen.getByTestId('color-scheme-toggle');
    expect(toggle.getAttribute('aria-label')).toBe('Switch to dark theme');
    fireEvent.click(toggle);
    expect(document.documentElement.getAttribute('data-mantine-color-scheme')).toBe('dark');
    expect(toggle.getAttribute('aria-label')).toBe('Switch to light theme');
  });
});
