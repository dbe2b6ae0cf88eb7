import { ActionIcon, Button, Paper, UnstyledButton, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLanguage, IconMoon, IconSun } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n, type Language } from '../../i18n/i18n';

/** Each language by its own name, as the shell's switch shows them. */
const LANGUAGES: readonly { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

/**
 * Language and theme before sign-in. Signed out, a choice stays in this browser (nothing to save
 * on the server), so these need neither the shell's Select and Tooltip nor the profile calls:
 * the sign-in page loads no popover engine. The language list is a small listbox with the same
 * roles as the shell's (button, then options), keyboard included.
 */
export function AuthLanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const options = useRef<(HTMLDivElement | null)[]>([]);

  // Opening puts focus on the language in use; a press outside closes.
  useEffect(() => {
    if (!open) return;
    options.current[Math.max(0, LANGUAGES.findIndex((l) => l.value === lang))]?.focus();
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open, lang]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const choose = (value: Language) => {
    if (value !== lang) setLang(value);
    close();
  };
  const onKey = (e: KeyboardEvent, i: number) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step) options.current[(i + step + LANGUAGES.length) % LANGUAGES.length]?.focus();
    else if (e.key === 'Home' || e.key === 'End') options.current[e.key === 'Home' ? 0 : LANGUAGES.length - 1]?.focus();
    else if (e.key === 'Enter' || e.key === ' ') choose(LANGUAGES[i]!.value);
    else if (e.key === 'Escape' || e.key === 'Tab') close();
    else return;
    e.preventDefault();
  };

  return (
    <div ref={root} style={{ position: 'relative' }}>
      <Button
        ref={button}
        variant="default"
        size="sm"
        miw={118}
        fw={400}
        px="sm"
        justify="space-between"
        leftSection={<IconLanguage size={16} aria-hidden />}
        rightSection={<IconChevronDown size={14} aria-hidden />}
        aria-label={`${t('shell.language')}: ${LANGUAGES.find((l) => l.value === lang)?.label ?? lang}`}
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
          }
        }}
        data-testid="language-switch"
      >
        {LANGUAGES.find((l) => l.value === lang)?.label ?? lang}
      </Button>
      {open ? (
        <Paper
          id={listId}
          role="listbox"
          aria-label={t('shell.language')}
          withBorder
          shadow="md"
          p={4}
          style={{ position: 'absolute', top: 'calc(100% + 4px)', right: 0, minWidth: '100%', zIndex: 300 }}
        >
          {LANGUAGES.map((l, i) => (
            <UnstyledButton
              component="div"
              key={l.value}
              ref={(el: HTMLDivElement | null) => {
                options.current[i] = el;
              }}
              role="option"
              aria-selected={l.value === lang}
              tabIndex={-1}
              onClick={() => choose(l.value)}
              onKeyDown={(e: KeyboardEvent) => onKey(e, i)}
              className="auth-option"
              lang={l.value}
            >
              {l.label}
              {l.value === lang ? <IconCheck size={14} aria-hidden /> : null}
            </UnstyledButton>
          ))}
        </Paper>
      ) : null}
    </div>
  );
}

/** Light or dark, kept in this browser; named by what it switches to (its title shows it on hover). */
export function AuthColorSchemeToggle() {
  const { t } = useI18n();
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: true });
  const label = computed === 'dark' ? t('shell.lightTheme') : t('shell.darkTheme');
  return (
    <ActionIcon
      variant="default"
      size="lg"
      onClick={() => setColorScheme(computed === 'dark' ? 'light' : 'dark')}
      aria-label={label}
      title={label}
      data-testid="color-scheme-toggle"
    >
      {computed === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
    </ActionIcon>
  );
}
