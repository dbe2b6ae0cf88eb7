import {
  Children,
  cloneElement,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import { createPortal } from 'react-dom';

export interface TipProps {
  label: ReactNode;
  /** One element that takes mouse and focus handlers (a button, a focusable span…). */
  children: ReactElement<Record<string, unknown>>;
  /** Wait this long (ms) after the pointer arrives. */
  openDelay?: number;
  /** Wrap the text at `w` pixels instead of one line. */
  multiline?: boolean;
  w?: number;
}

const GAP = 8;
const MARGIN = 8;

/** Below the target, centred on it, kept inside the window; above it when there is no room below. */
export function place(
  target: DOMRect,
  tip: { width: number; height: number },
  view: { width: number; height: number },
) {
  const left = Math.min(
    Math.max(MARGIN, target.left + target.width / 2 - tip.width / 2),
    Math.max(MARGIN, view.width - tip.width - MARGIN),
  );
  const below = target.bottom + GAP;
  const top =
    below + tip.height > view.height - MARGIN && target.top - GAP - tip.height >= MARGIN
      ? target.top - GAP - tip.height
      : below;
  return { left, top };
}

function Bubble({
  anchor,
  id,
  label,
  multiline,
  w,
}: {
  anchor: HTMLElement;
  id: string;
  label: ReactNode;
  multiline?: boolean;
  w?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setPos(
      place(anchor.getBoundingClientRect(), el.getBoundingClientRect(), {
        width: window.innerWidth,
        height: window.innerHeight,
      }),
    );
  }, [anchor, label]);
  return (
    <div
      ref={ref}
      id={id}
      role="tooltip"
      className="console-tip"
      data-multiline={multiline || undefined}
      style={{
        left: pos?.left ?? 0,
        top: pos?.top ?? 0,
        width: multiline ? w : undefined,
        visibility: pos ? 'visible' : 'hidden',
      }}
    >
      {label}
    </div>
  );
}

type Handler = ((e: SyntheticEvent) => void) | undefined;
const chain = (a: unknown, b: (e: SyntheticEvent) => void) => (e: SyntheticEvent) => {
  (a as Handler)?.(e);
  b(e);
};

/**
 * A tooltip on hover and keyboard focus, closed by leaving, blurring, Escape or scrolling. It
 * replaces Mantine's Tooltip where the first page needs one (the popover engine under Mantine's is
 * loaded later, kit/overlays); the target keeps its own accessible name, the tooltip describes it.
 */
export function Tip({ label, children, openDelay = 0, multiline, w }: TipProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const id = useId();
  const child = Children.only(children);
  const show = (e: SyntheticEvent) => {
    const el = e.currentTarget as HTMLElement;
    window.clearTimeout(timer.current);
    if (openDelay > 0 && e.type !== 'focus')
      timer.current = window.setTimeout(() => setAnchor(el), openDelay);
    else setAnchor(el);
  };
  const hide = () => {
    window.clearTimeout(timer.current);
    setAnchor(null);
  };
  useLayoutEffect(() => {
    if (!anchor) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && hide();
    window.addEventListener('keydown', onKey);
    window.addEventListener('scroll', hide, true);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', hide, true);
    };
  }, [anchor]);
  useLayoutEffect(() => () => window.clearTimeout(timer.current), []);
  const p = child.props;
  return (
    <>
      {cloneElement(child, {
        onMouseEnter: chain(p.onMouseEnter, show),
        onMouseLeave: chain(p.onMouseLeave, hide),
        onFocus: chain(p.onFocus, show),
        onBlur: chain(p.onBlur, hide),
        'aria-describedby': anchor ? id : p['aria-describedby'],
      })}
      {anchor && label
        ? createPortal(
            <Bubble anchor={anchor} id={id} label={label} multiline={multiline} w={w} />,
            document.body,
          )
        : null}
    </>
  );
}
