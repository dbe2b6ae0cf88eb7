/**
 * What the shipped build imports as `react-dom/client` (see ./react.ts): Preact's `createRoot`,
 * plus React's `onUncaughtError` root option (main.tsx uses it to take the boot placeholder away
 * when nothing caught an error), as a boundary around the whole tree.
 */
import { Component, createElement, type ComponentChildren } from 'preact';
import { render, unmountComponentAtNode } from 'preact/compat';

interface RootOptions {
  onUncaughtError?: (error: unknown, info: { componentStack?: string }) => void;
}

class RootBoundary extends Component<{ onError?: RootOptions['onUncaughtError']; children?: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  override componentDidCatch(error: unknown) {
    // As React does with an uncaught error: the tree is taken away, the root left empty.
    this.setState({ failed: true });
    this.props.onError?.(error, {});
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

export function createRoot(container: Element, options: RootOptions = {}) {
  return {
    render(children: ComponentChildren) {
      render(createElement(RootBoundary, { onError: options.onUncaughtError }, children), container);
    },
    unmount() {
      unmountComponentAtNode(container);
    },
  };
}

export default { createRoot };
