/** What jsdom lacks and Fluent UI uses: ResizeObserver (MessageBar reflow) and matchMedia. */
import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

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

// The first render decodes name lists and builds the agreement's classifier; on a loaded CI
// machine that has taken over testing-library's default 1 s. A pane that never renders still
// fails, after 15 s.
configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(30_000);
