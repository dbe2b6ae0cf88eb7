import {
  CloseButton,
  ComboboxChevron,
  InputBase,
  Pill,
  PillsInput,
  type ComboboxData,
  type MultiSelectProps,
  type SelectProps,
} from '@mantine/core';
import { useFocusOnMount, useSwap } from './useSwap';

type Item =
  string | { value: string; label: string; disabled?: boolean } | { group: string; items: Item[] };

/** The label shown for a value in Select/MultiSelect data (strings, items or groups). */
export function labelOf(
  data: ComboboxData | undefined,
  value: string | null | undefined,
): string | undefined {
  if (value == null) return undefined;
  for (const d of (data ?? []) as readonly Item[]) {
    if (typeof d === 'string') {
      if (d === value) return d;
    } else if ('group' in d) {
      const inGroup = labelOf(d.items as ComboboxData, value);
      if (inGroup !== undefined) return inGroup;
    } else if (d.value === value) return d.label;
  }
  return undefined;
}

/** The props that describe the input itself (not its list): the stand-in shows them as the real one would. */
function inputProps(p: Record<string, unknown>) {
  const keep = [
    'label',
    'description',
    'error',
    'placeholder',
    'disabled',
    'size',
    'radius',
    'w',
    'leftSection',
    'leftSectionWidth',
    'id',
    'className',
    'style',
    'required',
    'withAsterisk',
  ];
  return Object.fromEntries(
    Object.entries(p).filter(
      ([k]) => keep.includes(k) || k.startsWith('aria-') || k.startsWith('data-'),
    ),
  );
}

/**
 * Mantine's Select, loaded on first use. Until then a read-only input of the same look, name, test
 * id and value stands in (no popover engine in the first load); a click or an opening key swaps in
 * the real Select with its list open, a keyboard focus swaps it in focused.
 */
export function LazySelect(props: SelectProps) {
  const { mod, wanted, triggers } = useSwap();
  const ref = useFocusOnMount<HTMLInputElement>(wanted?.focus);
  if (mod && wanted) return <mod.Select {...props} ref={ref} defaultDropdownOpened={wanted.open} />;
  return (
    <InputBase
      {...inputProps(props as Record<string, unknown>)}
      readOnly
      pointer
      aria-haspopup="listbox"
      value={labelOf(props.data, props.value) ?? ''}
      rightSection={<ComboboxChevron size={props.size} error={props.error} />}
      rightSectionPointerEvents="none"
      {...triggers}
    />
  );
}

/** Mantine's MultiSelect, loaded on first use (as LazySelect): until then its pills, clear button and field. */
export function LazyMultiSelect(props: MultiSelectProps) {
  const { mod, wanted, triggers } = useSwap();
  const ref = useFocusOnMount<HTMLInputElement>(wanted?.focus);
  if (mod && wanted)
    return <mod.MultiSelect {...props} ref={ref} defaultDropdownOpened={wanted.open} />;
  const value = props.value ?? [];
  const {
    'data-testid': testId,
    'aria-label': ariaLabel,
    placeholder,
    ...wrapper
  } = inputProps(props as Record<string, unknown>);
  const remove = (v: string) => props.onChange?.(value.filter((x) => x !== v));
  const clear = props.clearable && value.length > 0 && !props.disabled;
  return (
    <PillsInput
      {...wrapper}
      pointer
      onClick={triggers.onClick}
      rightSection={
        clear ? (
          <CloseButton
            size={props.size}
            aria-label={props.clearButtonProps?.['aria-label']}
            onClick={(e) => (e.stopPropagation(), props.onChange?.([]))}
          />
        ) : (
          <ComboboxChevron size={props.size} error={props.error} />
        )
      }
      rightSectionPointerEvents={clear ? 'auto' : 'none'}
    >
      <Pill.Group disabled={props.disabled}>
        {value.map((v) => (
          <Pill
            key={v}
            withRemoveButton={!props.disabled}
            onRemove={() => remove(v)}
            disabled={props.disabled}
          >
            {labelOf(props.data, v) ?? v}
          </Pill>
        ))}
        <PillsInput.Field
          readOnly
          pointer
          aria-haspopup="listbox"
          aria-label={ariaLabel as string | undefined}
          data-testid={testId as string | undefined}
          placeholder={placeholder as string | undefined}
          type={placeholder ? 'visible' : 'hidden'}
          onPointerDown={triggers.onPointerDown}
          onFocus={triggers.onFocus}
          onKeyDown={triggers.onKeyDown}
        />
      </Pill.Group>
    </PillsInput>
  );
}
