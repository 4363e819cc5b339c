// DOM matchers (toBeDisabled …) for the task pane's component tests.
import '@testing-library/jest-dom';

// jsdom has no ResizeObserver; Fluent's toolbar asks for one. The layout it measures does not
// exist in jsdom either, so an observer that never fires is faithful enough.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class NoResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: NoResizeObserver });
}
