/**
 * A line listing people by name with the writer among them ("Turkey (9): Marcia, Ravi, Nathan, Lee,
 * Gemma, Olu, Sandeep, Tariq, Jackie" from Sandeep Kaur): the team's
 * choices, a rota, who is coming. The others on it are colleagues, as the writer is; what a
 * later sentence says of them ("Lee … will be a bit late as he's in court") is staff news unless
 * it states a fact (an identifier, a date of birth). Lists of people in a case ("Children: …")
 * name a case role on the line and are not read so.
 */
import type { Span } from "../detect/types";
import { CASE_ROLE_WORD, PERSON_LABEL } from "./caseVocabulary";
import type { MessageReading } from "./reading";

/** Between two names of one list: a comma, or "and"/"&". */
const LIST_GAP = /^[ \t]*(?:,|,?[ \t]+(?:and|&))[ \t]*$/;
/** The fewest names a list needs besides the writer's. */
const MIN_OTHERS = 2;

/** Whether the line at `at` names a case role ("Children: …", "Dad, Luis, …"). */
function caseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  let end = text.indexOf("\n", at);
  if (end < 0) end = text.length;
  const line = text.slice(start, end);
  return PERSON_LABEL.test(line) || CASE_ROLE_WORD.test(line);
}

/** Per span: a name on a list the writer (or a recipient) is on. */
export function listedWithTheWriter(r: MessageReading): Uint8Array {
  const { text, spans } = r;
  const out = new Uint8Array(spans.length);
  let run: number[] = [];
  let withWriter = false;
  const close = (): void => {
    if (withWriter && run.length > MIN_OTHERS && !caseLine(text, (spans[run[0] as number] as Span).start)) {
      for (const i of run) out[i] = 1;
    }
    run = [];
    withWriter = false;
  };
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    const prev = run.length > 0 ? (spans[run[run.length - 1] as number] as Span) : undefined;
    if (prev && !LIST_GAP.test(text.slice(prev.end, span.start))) close();
    run.push(i);
    if (r.isStaffPerson(span.text)) withWriter = true;
  }
  close();
  return out;
}
