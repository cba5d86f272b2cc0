/**
 * The excerpt of the subject or body around a finding, with the offending text marked. Long
 * bodies are clipped to a window around the match so the pane shows only what matters.
 */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
  /** Text was cut before `before` / after `after` (the pane shows an ellipsis). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** Null when the offsets do not fit the text (it changed since the check). */
export function excerptAround(text: string, start: number, end: number, context = 40): Excerpt | null {
  if (!(start >= 0 && end > start && end <= text.length)) return null;
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  // Cut at word boundaries so the excerpt does not begin or end mid-word.
  if (from > 0) {
    const space = text.indexOf(" ", from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space > end) to = space;
  }
  const flat = (s: string) => s.replace(/\s+/g, " ");
  return {
    before: flat(text.slice(from, start)),
    match: flat(text.slice(start, end)),
    after: flat(text.slice(end, to)),
    clippedStart: from > 0,
    clippedEnd: to < text.length,
  };
}
