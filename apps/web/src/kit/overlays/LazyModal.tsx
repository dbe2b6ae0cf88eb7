import type { ModalProps } from '@mantine/core';
import { useState } from 'react';
import { useOverlays } from './load';

/**
 * Mantine's Modal, loaded when first opened (its focus trap, scroll lock and transitions are not
 * needed to paint a page). Stays mounted afterwards, so it closes with its transition.
 */
export function LazyModal(props: ModalProps) {
  const [seen, setSeen] = useState(props.opened);
  if (props.opened && !seen) setSeen(true);
  const mod = useOverlays(seen || props.opened);
  return mod ? <mod.Modal {...props} /> : null;
}
