import { SegmentedControl, Text } from '@mantine/core';

/** One choice among few: a segmented control with a label that names it. */
export function Choice({ label, value, options, onChange, testId }: { label: string; value?: string; options: { value: string; label: string }[]; onChange: (v: string) => void; testId: string }) {
  if (options.length === 0) return null;
  return (
    <div role="group" aria-label={label}>
      <Text size="sm" fw={500} mb={4}>
        {label}
      </Text>
      <SegmentedControl data={options} value={value ?? options[0]!.value} onChange={onChange} data-testid={testId} />
    </div>
  );
}
