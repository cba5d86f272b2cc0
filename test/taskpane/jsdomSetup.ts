/** What jsdom lacks and Fluent UI uses: ResizeObserver (MessageBar reflow) and matchMedia. */
import "@testing-library/jest-dom";

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const w = window as unknown as Record<string, unknown>;
if (typeof w.ResizeObserver !== "function") w.ResizeObserver = NoopResizeObserver;
if (typeof w.matchMedia !== "function") {
  w.matchMedia = (query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false });
}
