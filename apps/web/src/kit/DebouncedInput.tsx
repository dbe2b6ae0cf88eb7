import { TextInput, type StyleProp } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useOverlays } from './overlays/load';
import { useStillHere } from './useStillHere';

export interface DebouncedInputProps {
  label: string;
  placeholder?: string;
  leftSection?: ReactNode;
  maxLength?: number;
  w?: StyleProp<number | string>;
  'data-testid'?: string;
  /** The committed value (from the URL). */
  value: string | undefined;
  /** Called with the trimmed text once typing pauses (or at Enter, or when a suggestion is picked); undefined for empty. */
  onCommit: (value: string | undefined) => void;
  /** Offered while typing (an Autocomplete); any other text is accepted too. */
  suggestions?: readonly string[];
  delayMs?: number;
}

/** A text filter that writes to the URL only when typing pauses, and follows the URL (back, links). */
export function DebouncedInput({
  value,
  onCommit,
  suggestions,
  delayMs = 350,
  ...rest
}: DebouncedInputProps) {
  const [text, setText] = useState(value ?? '');
  const stillHere = useStillHere();
  // The suggestions' Autocomplete (a popover) loads with the page that offers them; a plain input until then.
  const overlays = useOverlays(!!suggestions);
  useEffect(() => setText(value ?? ''), [value]);
  useEffect(() => {
    if ((value ?? '') === text.trim()) return;
    const h = setTimeout(() => {
      // Typed, then a link clicked before the pause: the page stays mounted while the next one
      // loads, and committing now would navigate back to this list. The person has moved on.
      if (!stillHere()) return;
      onCommit(text.trim() || undefined);
    }, delayMs);
    return () => clearTimeout(h);
  }, [text, value, onCommit, delayMs, stillHere]);
  const commitNow = (v: string) => {
    if ((value ?? '') !== v.trim()) onCommit(v.trim() || undefined);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commitNow(text);
  };
  if (suggestions && overlays) {
    return (
      <overlays.Autocomplete
        {...rest}
        data={[...suggestions]}
        value={text}
        onChange={setText}
        onOptionSubmit={(v) => {
          setText(v);
          commitNow(v);
        }}
        onKeyDown={onKeyDown}
        limit={30}
        comboboxProps={{ withinPortal: true }}
      />
    );
  }
  return (
    <TextInput
      {...rest}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onKeyDown={onKeyDown}
    />
  );
}
