// The popover-based components (and floating-ui under them), in a chunk of their own: loaded when
// one is first used, or at idle after the first paint (load.ts), never before the page can be used.
export { Autocomplete, Menu, Modal, MultiSelect, Popover, Select } from '@mantine/core';
