/**
 * `npm run eval [-- --corpus DIR] [--write] [--misses]`: scores SafeShare's detect() and two
 * peers on the labelled development corpus and prints a markdown table.
 *   --corpus DIR  the corpus folder (default ../shared/corpus from the repository root)
 *   --write       also regenerate docs/eval-results.md and README.md's eval block
 *   --misses      also print SafeShare's false negatives and false positives per kind
 *   --misses-of S also print them for system S (SafeShare, compromise or redact-pii)
 *   --check       exit 1 when SafeShare misses a target (for CI)
 * Whole messages are scored too: the corpus's messages.dev.jsonl and our
 * test/fixtures/messages/tuning.jsonl (both tuned on), and test/fixtures/messages/heldout.jsonl
 * (written apart by another author, never tuned on: its misses are not listed by --misses).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_CORPUS_DIR, loadCorpus, REPO_ROOT, type CorpusPart, type LabelledText } from "./evalCorpus";
import { labelledPersonal, scoreHasPd, scoreKinds, type FoundSpan } from "./evalMetrics";
import { compromisePeer, makeRedactPiiPeer, safeShare, type System } from "./evalPeers";
import { loadIfPresent, messageMisses, messagesTable, messageTargets, runMessages, scoreMessages, type LabelledMessage } from "./evalMessages";
import { missesReport, README_END, README_START, replaceBetweenMarkers, resultsTable, targetCheck, type SystemResult } from "./evalReport";

function evaluate(system: System, corpus: Record<CorpusPart, LabelledText[]>): SystemResult {
  const found = { subjects: corpus.subjects.map((i) => system.find(i.text)), bodies: corpus.bodies.map((i) => system.find(i.text)) };
  const all: FoundSpan[][] = [...found.subjects, ...found.bodies];
  return {
    system,
    hasPd: { subjects: scoreHasPd(corpus.subjects, found.subjects), bodies: scoreHasPd(corpus.bodies, found.bodies) },
    kinds: scoreKinds([...corpus.subjects, ...corpus.bodies], all),
  };
}

function main(): number {
  const { values } = parseArgs({
    options: { corpus: { type: "string" }, write: { type: "boolean" }, misses: { type: "boolean" }, "misses-of": { type: "string" }, check: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log("Usage: npm run eval -- [--corpus DIR] [--write] [--misses | --misses-of SYSTEM] [--check]");
    return 0;
  }
  const dir = resolve(values.corpus ?? DEFAULT_CORPUS_DIR);
  const corpus = loadCorpus(dir);
  for (const item of [...corpus.subjects, ...corpus.bodies]) {
    if (item.personal !== labelledPersonal(item)) console.warn(`warning: ${item.id}: "personal" disagrees with its spans; the spans are used`);
  }
  const redactPii = makeRedactPiiPeer();
  const results = [safeShare, compromisePeer, redactPii].map((s) => evaluate(s, corpus));
  const [ours] = results as [SystemResult, ...SystemResult[]];
  const check = targetCheck(ours);

  const corpusLine =
    `Corpus: ${relative(REPO_ROOT, dir) || "."} (${corpus.subjects.length} subjects, ${corpus.bodies.length} bodies; ` +
    `per-kind figures pool both files). A text "has personal data" (has-PD) when it holds a span of an identifying kind ` +
    `(any kind but case-reference and special-category). A found span is correct when it overlaps a labelled span of the ` +
    `same kind; a labelled span is recalled when a found span of its kind overlaps it. "—": the system has no detector for that kind.`;
  // [title, messages, list its misses]: the held-out set's misses stay unlisted, so nobody tunes on them.
  const messageSets: [string, LabelledMessage[] | null, boolean][] = [
    ["Whole messages: development set (messages.dev.jsonl, tuned on)", loadIfPresent(join(dir, "messages.dev.jsonl")), true],
    ["Whole messages: tuning set (test/fixtures/messages/tuning.jsonl, written for tuning)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning.jsonl")), true],
    ["Whole messages: second tuning set (test/fixtures/messages/tuning2.jsonl: staff names, subject traps, names in subjects)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning2.jsonl")), true],
    ["Whole messages: third tuning set (test/fixtures/messages/tuning3.jsonl: client styles, long threads, bilingual footers)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning3.jsonl")), true],
    ["Whole messages: fourth tuning set (test/fixtures/messages/tuning4.jsonl: staff news, events and topics, place-name subjects, identifiers only)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning4.jsonl")), true],
    ["Whole messages: fifth tuning set (test/fixtures/messages/tuning5.jsonl: Mac and Gmail quoting, bilingual footers, unusual identifier formats, case context without keywords)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning5.jsonl")), true],
    ["Whole messages: sixth tuning set (test/fixtures/messages/tuning6.jsonl: names that are not case data, subtle mistakes, the LLR, IOM and Working Together agreements)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning6.jsonl")), true],
    ["Whole messages: seventh tuning set (test/fixtures/messages/tuning7.jsonl: subject traps, names in subjects, case data without a name, staff-dense bodies)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning7.jsonl")), true],
    ["Whole messages: eighth tuning set (test/fixtures/messages/tuning8.jsonl: ordinary mail to outside organisations, staff matters, case-sounding topics about no one)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning8.jsonl")), true],
    ["Whole messages: ninth tuning set (test/fixtures/messages/tuning9.jsonl: mobile replies, meeting invitations, automatic replies, surnames and first names used as words)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning9.jsonl")), true],
    ["Whole messages: tenth tuning set (test/fixtures/messages/tuning10.jsonl: staff health, leave and home details, case-work topics about no one, deep quoted history)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning10.jsonl")), true],
    ["Whole messages: eleventh tuning set (test/fixtures/messages/tuning11.jsonl: deep client-style threads, staff news and asides, outside organisations, word-names)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning11.jsonl")), true],
    ["Whole messages: twelfth tuning set (test/fixtures/messages/tuning12.jsonl: police, health, district councils and prisons; case-work words about no one)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning12.jsonl")), true],
    ["Whole messages: thirteenth tuning set (test/fixtures/messages/tuning13.jsonl: the edges of the set-aside rules, from both sides)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning13.jsonl")), true],
    ["Whole messages: fourteenth tuning set (test/fixtures/messages/tuning14.jsonl: staff and HR mail: references, own identifiers and addresses, out-of-office, occupational health)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning14.jsonl")), true],
    ["Whole messages: fifteenth tuning set (test/fixtures/messages/tuning15.jsonl: policy, training, research and logistics mail full of case-work words about no one)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning15.jsonl")), true],
    ["Whole messages: sixteenth tuning set (test/fixtures/messages/tuning16.jsonl: staff names beside case-work words: handovers, rotas, thanks, recruitment, colleagues' health told by others)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning16.jsonl")), true],
    ["Whole messages: seventeenth tuning set (test/fixtures/messages/tuning17.jsonl: health and police senders' everyday mail, NHSmail users)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning17.jsonl")), true],
    ["Whole messages: eighteenth tuning set (test/fixtures/messages/tuning18.jsonl: long threads of 3 to 7 messages, the mistake deep in the history)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning18.jsonl")), true],
    ["Whole messages: nineteenth tuning set (test/fixtures/messages/tuning19.jsonl: children's social care, early help, schools and youth services mail about no case)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning19.jsonl")), true],
    ["Whole messages: twentieth tuning set (test/fixtures/messages/tuning20.jsonl: unusual shapes: forms, tables, calendar replies, receipts, system notifications)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning20.jsonl")), true],
    ["Whole messages: twenty-first tuning set (test/fixtures/messages/tuning21.jsonl: people who are not case subjects: authors, speakers, councillors, named rooms and awards, staff news, staff writing of their own health)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning21.jsonl")), true],
    ["Whole messages: twenty-second tuning set (test/fixtures/messages/tuning22.jsonl: police, youth-justice and health services' mail dense with their vocabulary, anonymised cases, mobile replies, subtle mistakes)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning22.jsonl")), true],
    ["Whole messages: twenty-third tuning set (test/fixtures/messages/tuning23.jsonl: a broad month, weighted to probation, prisons and the police; minutes and action logs)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning23.jsonl")), true],
    ["Whole messages: twenty-fourth tuning set (test/fixtures/messages/tuning24.jsonl: a broad month, weighted to children's social care, schools and health; bulletins and newsletters)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning24.jsonl")), true],
    ["Whole messages: twenty-fifth tuning set (test/fixtures/messages/tuning25.jsonl: a broad month, weighted to the LLR partners and Working Together; minutes, agendas, action logs, bulletins)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning25.jsonl")), true],
    ["Whole messages: twenty-sixth tuning set (test/fixtures/messages/tuning26.jsonl: a broad month, weighted to IOM and Derbyshire; deep replies, outside businesses)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning26.jsonl")), true],
    ["Whole messages: twenty-seventh tuning set (test/fixtures/messages/tuning27.jsonl: ordinary mail that sounds sensitive: staff wellbeing, occupational health, DBS, training, HR policy, research with anonymised figures)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning27.jsonl")), true],
    ["Whole messages: twenty-eighth tuning set (test/fixtures/messages/tuning28.jsonl: the smaller parties and less usual roles; case messages told in prose with first names and relations)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning28.jsonl")), true],
    ["Whole messages: twenty-ninth tuning set (test/fixtures/messages/tuning29.jsonl: a broad month, every message from a different role; services' vocabulary about no one)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning29.jsonl")), true],
    ["Whole messages: thirtieth tuning set (test/fixtures/messages/tuning30.jsonl: long threads, reply-all chains, short replies, out-of-office and calendar responses, case data deep in the history)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning30.jsonl")), true],
    ["Whole messages: thirty-first tuning set (test/fixtures/messages/tuning31.jsonl: a broad month weighted to health and adult social care)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning31.jsonl")), true],
    ["Whole messages: thirty-second tuning set (test/fixtures/messages/tuning32.jsonl: a broad month full of UK place names that are also people's names)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning32.jsonl")), true],
    ["Whole messages: thirty-third tuning set (test/fixtures/messages/tuning33.jsonl: bookings and logistics with outside workers named by first name, staff moves and cover)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning33.jsonl")), true],
    ["Whole messages: thirty-fourth tuning set (test/fixtures/messages/tuning34.jsonl: managers, business support and administrators: diaries, figures, complaints and FOI about process)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning34.jsonl")), true],
    ["Whole messages: thirty-fifth tuning set (test/fixtures/messages/tuning35.jsonl: mistakes that are easy to miss: case data told in prose, first names and relations, autocomplete and reply-all outsiders)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning35.jsonl")), true],
    ["Whole messages: thirty-sixth tuning set (test/fixtures/messages/tuning36.jsonl: a broad month weighted to the police: operations, custody, briefings and figures)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning36.jsonl")), true],
    ["Whole messages: thirty-seventh tuning set (test/fixtures/messages/tuning37.jsonl: a broad month weighted to children's social care, schools, fostering and youth justice, staff named everywhere)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning37.jsonl")), true],
    ["Whole messages: thirty-eighth tuning set (test/fixtures/messages/tuning38.jsonl: a broad month in HTML: bulletins, calendar mail, deep mixed-client threads)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning38.jsonl")), true],
    ["Whole messages: thirty-ninth tuning set (test/fixtures/messages/tuning39.jsonl: the parties and people outside them: suppliers, charities, applicants, journalists, the public)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning39.jsonl")), true],
    ["Whole messages: fortieth tuning set (test/fixtures/messages/tuning40.jsonl: replies and forwards: case data often only in the quoted history; lapses and mistakes)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning40.jsonl")), true],
    ["Whole messages: forty-first tuning set (test/fixtures/messages/tuning41.jsonl: a broad month weighted to prisons and probation)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning41.jsonl")), true],
    ["Whole messages: forty-second tuning set (test/fixtures/messages/tuning42.jsonl: a broad month weighted to adult social care, housing, DWP, substance misuse and mental health)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning42.jsonl")), true],
    ["Whole messages: forty-third tuning set (test/fixtures/messages/tuning43.jsonl: very short and list-shaped mail: one-line replies, calendar replies, lists and bookings)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning43.jsonl")), true],
    ["Whole messages: forty-fourth tuning set (test/fixtures/messages/tuning44.jsonl: a broad month weighted to the Working Together exchange: prison staff and children's services)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning44.jsonl")), true],
    ["Whole messages: forty-fifth tuning set (test/fixtures/messages/tuning45.jsonl: a broad month weighted to IOM in Richmond and Wandsworth: London place names)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning45.jsonl")), true],
    ["Whole messages: forty-sixth tuning set (test/fixtures/messages/tuning46.jsonl: staff writing about themselves and colleagues: health, family, bereavement, moves, leave, HR)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning46.jsonl")), true],
    ["Whole messages: forty-seventh tuning set (test/fixtures/messages/tuning47.jsonl: mistakes and lapses that are hard to spot: tables, calendar invitations, initials, odd subjects)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning47.jsonl")), true],
    ["Whole messages: forty-eighth tuning set (test/fixtures/messages/tuning48.jsonl: newer and less formal staff: lower-case subjects, emoji, typos, chatty asides)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning48.jsonl")), true],
    ["Whole messages: forty-ninth tuning set (test/fixtures/messages/tuning49.jsonl: a broad month weighted to Leicester, Leicestershire and Rutland: its towns and districts)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning49.jsonl")), true],
    ["Whole messages: fiftieth tuning set (test/fixtures/messages/tuning50.jsonl: a broad month weighted to Derbyshire and Derby: its towns, rotas and conference mailboxes)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning50.jsonl")), true],
    ["Whole messages: fifty-first tuning set (test/fixtures/messages/tuning51.jsonl: mistakes and lapses told sideways: quoted cases, tables, initials, every webmail, subjects in every form)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning51.jsonl")), true],
    ["Whole messages: fifty-second tuning set (test/fixtures/messages/tuning52.jsonl: senior managers and partnership boards: minutes, figures, audits, reviews)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning52.jsonl")), true],
    ["Whole messages: fifty-third tuning set (test/fixtures/messages/tuning53.jsonl: frontline practitioners on the move: phone replies, diary changes, logistics)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning53.jsonl")), true],
    ["Whole messages: fifty-fourth tuning set (test/fixtures/messages/tuning54.jsonl: specialist teams: MAPPA, MARAC, victim services, youth justice, liaison and diversion)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning54.jsonl")), true],
    ["Whole messages: fifty-fifth tuning set (test/fixtures/messages/tuning55.jsonl: mistakes and lapses where the case is told in prose, with few identifiers)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning55.jsonl")), true],
    ["Whole messages: fifty-sixth tuning set (test/fixtures/messages/tuning56.jsonl: police and probation staff of every grade)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning56.jsonl")), true],
    ["Whole messages: fifty-seventh tuning set (test/fixtures/messages/tuning57.jsonl: health and children's social care staff of every grade)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning57.jsonl")), true],
    ["Whole messages: fifty-eighth tuning set (test/fixtures/messages/tuning58.jsonl: Outlook HTML with long signatures, logos, disclaimers, quoted threads and tables)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning58.jsonl")), true],
    ["Whole messages: fifty-ninth tuning set (test/fixtures/messages/tuning59.jsonl: a mixed month of mistakes and lapses)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning59.jsonl")), true],
    ["Whole messages: sixtieth tuning set (test/fixtures/messages/tuning60.jsonl: a broad month naming colleagues, places, services and topics beside professional words)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning60.jsonl")), true],
    ["Whole messages: sixty-first tuning set (test/fixtures/messages/tuning61.jsonl: December mail: Christmas cover, parties, collections, leave, closures)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning61.jsonl")), true],
    ["Whole messages: sixty-second tuning set (test/fixtures/messages/tuning62.jsonl: forms, tables and lists pasted into mail)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning62.jsonl")), true],
    ["Whole messages: sixty-third tuning set (test/fixtures/messages/tuning63.jsonl: business support, finance, facilities, data and performance teams)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning63.jsonl")), true],
    ["Whole messages: sixty-fourth tuning set (test/fixtures/messages/tuning64.jsonl: youth justice, schools and education liaison)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning64.jsonl")), true],
    ["Whole messages: sixty-fifth tuning set (test/fixtures/messages/tuning65.jsonl: courts and legal)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning65.jsonl")), true],
    ["Whole messages: sixty-sixth tuning set (test/fixtures/messages/tuning66.jsonl: voluntary sector and commissioning)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning66.jsonl")), true],
    ["Whole messages: sixty-seventh tuning set (test/fixtures/messages/tuning67.jsonl: mental health, substance misuse and hospital staff)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning67.jsonl")), true],
    ["Whole messages: sixty-eighth tuning set (test/fixtures/messages/tuning68.jsonl: long threads with several quoted messages, signatures and disclaimers)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning68.jsonl")), true],
    ["Whole messages: sixty-ninth tuning set (test/fixtures/messages/tuning69.jsonl: police staff of every kind)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning69.jsonl")), true],
    ["Whole messages: seventieth tuning set (test/fixtures/messages/tuning70.jsonl: adult social care and housing)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning70.jsonl")), true],
    ["Whole messages: seventy-first tuning set (test/fixtures/messages/tuning71.jsonl: managers and leaders)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning71.jsonl")), true],
    ["Whole messages: seventy-second tuning set (test/fixtures/messages/tuning72.jsonl: new starters, students and apprentices)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning72.jsonl")), true],
    ["Whole messages: seventy-third tuning set (test/fixtures/messages/tuning73.jsonl: short, informal and mobile mail)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning73.jsonl")), true],
    ["Whole messages: seventy-fourth tuning set (test/fixtures/messages/tuning74.jsonl: prison and probation staff at every grade)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning74.jsonl")), true],
    ["Whole messages: seventy-fifth tuning set (test/fixtures/messages/tuning75.jsonl: mistakes with list- and form-shaped case data)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning75.jsonl")), true],
    ["Whole messages: seventy-sixth tuning set (test/fixtures/messages/tuning76.jsonl: mistakes told in passing, shorthand and first names)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning76.jsonl")), true],
    ["Whole messages: seventy-seventh tuning set (test/fixtures/messages/tuning77.jsonl: mistakes in HTML mail, tables and forwarded forms)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning77.jsonl")), true],
    ["Whole messages: seventy-eighth tuning set (test/fixtures/messages/tuning78.jsonl: health visitors, school nurses, GPs, midwives and ambulance staff)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning78.jsonl")), true],
    ["Whole messages: seventy-ninth tuning set (test/fixtures/messages/tuning79.jsonl: community safety, licensing, fire and rescue, councillors)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning79.jsonl")), true],
    ["Whole messages: eightieth tuning set (test/fixtures/messages/tuning80.jsonl: everyday HTML mail: Word tables, table-laid newsletters, signature tables)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning80.jsonl")), true],
    ["Whole messages: eighty-first tuning set (test/fixtures/messages/tuning81.jsonl: mistakes whose case data is only in the quoted history)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning81.jsonl")), true],
    ["Whole messages: eighty-second tuning set (test/fixtures/messages/tuning82.jsonl: mistakes in subject lines and addresses)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning82.jsonl")), true],
    ["Whole messages: eighty-third tuning set (test/fixtures/messages/tuning83.jsonl: Working Together and children's services)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning83.jsonl")), true],
    ["Whole messages: eighty-fourth tuning set (test/fixtures/messages/tuning84.jsonl: the IOM partnership in London)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning84.jsonl")), true],
    ["Whole messages: eighty-fifth tuning set (test/fixtures/messages/tuning85.jsonl: the LLR partnership)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning85.jsonl")), true],
    ["Whole messages: eighty-sixth tuning set (test/fixtures/messages/tuning86.jsonl: the Derbyshire partnership)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning86.jsonl")), true],
    ["Whole messages: eighty-seventh tuning set (test/fixtures/messages/tuning87.jsonl: ordinary mail to suppliers, venues and contractors)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning87.jsonl")), true],
    ["Whole messages: eighty-eighth tuning set (test/fixtures/messages/tuning88.jsonl: ordinary mail to charities, community groups, schools and volunteers)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning88.jsonl")), true],
    ["Whole messages: eighty-ninth tuning set (test/fixtures/messages/tuning89.jsonl: staff's own matters sent outside)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning89.jsonl")), true],
    ["Whole messages: ninetieth tuning set (test/fixtures/messages/tuning90.jsonl: ordinary mail to outside professionals, inspectors, researchers and the press)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning90.jsonl")), true],
    ["Whole messages: ninety-first tuning set (test/fixtures/messages/tuning91.jsonl: mistakes with few signals: first names and everyday facts)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning91.jsonl")), true],
    ["Whole messages: ninety-second tuning set (test/fixtures/messages/tuning92.jsonl: meetings and their paperwork)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning92.jsonl")), true],
    ["Whole messages: ninety-third tuning set (test/fixtures/messages/tuning93.jsonl: mistakes with forms and templates)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning93.jsonl")), true],
    ["Whole messages: ninety-fourth tuning set (test/fixtures/messages/tuning94.jsonl: mistakes by police and health staff in their own shorthand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning94.jsonl")), true],
    ["Whole messages: ninety-fifth tuning set (test/fixtures/messages/tuning95.jsonl: events, training and conferences with outside organisations)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning95.jsonl")), true],
    ["Whole messages: ninety-sixth tuning set (test/fixtures/messages/tuning96.jsonl: tables and figures sent outside)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning96.jsonl")), true],
    ["Whole messages: ninety-seventh tuning set (test/fixtures/messages/tuning97.jsonl: a team manager's Monday inbox)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning97.jsonl")), true],
    ["Whole messages: ninety-eighth tuning set (test/fixtures/messages/tuning98.jsonl: administrators, business support and PAs)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning98.jsonl")), true],
    ["Whole messages: ninety-ninth tuning set (test/fixtures/messages/tuning99.jsonl: staff biographies, profiles, retirements and obituaries sent outside)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning99.jsonl")), true],
    ["Whole messages: hundredth tuning set (test/fixtures/messages/tuning100.jsonl: recruitment and HR with outside parties)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning100.jsonl")), true],
    ["Whole messages: hundred-and-first tuning set (test/fixtures/messages/tuning101.jsonl: estates, facilities, IT and procurement with contractors)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning101.jsonl")), true],
    ["Whole messages: hundred-and-second tuning set (test/fixtures/messages/tuning102.jsonl: partnership communications with the public and the voluntary sector)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning102.jsonl")), true],
    ["Whole messages: hundred-and-third tuning set (test/fixtures/messages/tuning103.jsonl: mistakes with case-system and spreadsheet pastes)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning103.jsonl")), true],
    ["Whole messages: hundred-and-fourth tuning set (test/fixtures/messages/tuning104.jsonl: mistakes about adults)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning104.jsonl")), true],
    ["Whole messages: hundred-and-fifth tuning set (test/fixtures/messages/tuning105.jsonl: colleagues described to outsiders: biographies, profiles, tributes, references)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning105.jsonl")), true],
    ["Whole messages: hundred-and-sixth tuning set (test/fixtures/messages/tuning106.jsonl: lists of staff for contractors and providers)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning106.jsonl")), true],
    ["Whole messages: hundred-and-seventh tuning set (test/fixtures/messages/tuning107.jsonl: a mixed month of mistakes and lapses)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning107.jsonl")), true],
    ["Whole messages: hundred-and-eighth tuning set (test/fixtures/messages/tuning108.jsonl: a week of a PDU, a locality team, a police station and a hospital safeguarding team)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning108.jsonl")), true],
    ["Whole messages: hundred-and-ninth tuning set (test/fixtures/messages/tuning109.jsonl: HTML newsletters and bulletins with lists, sent outside)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning109.jsonl")), true],
    ["Whole messages: hundred-and-tenth tuning set (test/fixtures/messages/tuning110.jsonl: staff's own personal matters sent from work)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning110.jsonl")), true],
    ["Whole messages: hundred-and-eleventh tuning set (test/fixtures/messages/tuning111.jsonl: things named after people: laws, rooms, awards, books, brands)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning111.jsonl")), true],
    ["Whole messages: hundred-and-twelfth tuning set (test/fixtures/messages/tuning112.jsonl: a broad month in Outlook on the web HTML: lists, tables, signatures)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning112.jsonl")), true],
    ["Whole messages: hundred-and-thirteenth tuning set (test/fixtures/messages/tuning113.jsonl: a broad month of health staff's mail)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning113.jsonl")), true],
    ["Whole messages: hundred-and-fourteenth tuning set (test/fixtures/messages/tuning114.jsonl: a broad month of senior managers and partnership boards)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning114.jsonl")), true],
    ["Whole messages: hundred-and-fifteenth tuning set (test/fixtures/messages/tuning115.jsonl: mistakes in HTML lists and short lines)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning115.jsonl")), true],
    ["Whole messages: hundred-and-sixteenth tuning set (test/fixtures/messages/tuning116.jsonl: mistakes by new and hurried staff)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning116.jsonl")), true],
    ["Whole messages: hundred-and-seventeenth tuning set (test/fixtures/messages/tuning117.jsonl: staff's own and their family's matters, with and without 'my')", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning117.jsonl")), true],
    ["Whole messages: hundred-and-eighteenth tuning set (test/fixtures/messages/tuning118.jsonl: colleagues' life events told to outsiders: deaths, funerals, weddings, babies)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning118.jsonl")), true],
    ["Whole messages: hundred-and-nineteenth tuning set (test/fixtures/messages/tuning119.jsonl: a broad month, many short replies and long threads)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning119.jsonl")), true],
    ["Whole messages: hundred-and-twentieth tuning set (test/fixtures/messages/tuning120.jsonl: mistakes about families: relations, shared surnames, first names)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning120.jsonl")), true],
    ["Whole messages: hundred-and-twenty-first tuning set (test/fixtures/messages/tuning121.jsonl: subjects naming things that are not case people)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning121.jsonl")), true],
    ["Whole messages: hundred-and-twenty-second tuning set (test/fixtures/messages/tuning122.jsonl: a broad month of police and probation)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning122.jsonl")), true],
    ["Whole messages: hundred-and-twenty-third tuning set (test/fixtures/messages/tuning123.jsonl: staff's own and family matters written in a hurry)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning123.jsonl")), true],
    ["Whole messages: hundred-and-twenty-fourth tuning set (test/fixtures/messages/tuning124.jsonl: staff news told outside the team)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning124.jsonl")), true],
    ["Whole messages: hundred-and-twenty-fifth tuning set (test/fixtures/messages/tuning125.jsonl: mistakes that look personal)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning125.jsonl")), true],
    ["Whole messages: hundred-and-twenty-sixth tuning set (test/fixtures/messages/tuning126.jsonl: a broad month in HTML, deep threads)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning126.jsonl")), true],
    ["Whole messages: hundred-and-twenty-seventh tuning set (test/fixtures/messages/tuning127.jsonl: subjects naming things called after people)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning127.jsonl")), true],
    ["Whole messages: hundred-and-twenty-eighth tuning set (test/fixtures/messages/tuning128.jsonl: a mixed month of mistakes and lapses)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning128.jsonl")), true],
    ["Whole messages: hundred-and-twenty-ninth tuning set (test/fixtures/messages/tuning129.jsonl: staff's own lives handled from the work mailbox)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning129.jsonl")), true],
    ["Whole messages: hundred-and-thirtieth tuning set (test/fixtures/messages/tuning130.jsonl: news about colleagues sent to outsiders and former colleagues)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning130.jsonl")), true],
    ["Whole messages: hundred-and-thirty-first tuning set (test/fixtures/messages/tuning131.jsonl: mistakes mixed with staff news and personal matters)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning131.jsonl")), true],
    ["Whole messages: hundred-and-thirty-second tuning set (test/fixtures/messages/tuning132.jsonl: mistakes about parents and children told as families would)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning132.jsonl")), true],
    ["Whole messages: hundred-and-thirty-third tuning set (test/fixtures/messages/tuning133.jsonl: a broad month of everyday mail)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning133.jsonl")), true],
    ["Whole messages: hundred-and-thirty-fourth tuning set (test/fixtures/messages/tuning134.jsonl: a mixed month of mistakes and lapses, some very short)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning134.jsonl")), true],
    ["Whole messages: hundred-and-thirty-fifth tuning set (test/fixtures/messages/tuning135.jsonl: a broad month of every kind of staff)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning135.jsonl")), true],
    ["Whole messages: hundred-and-thirty-sixth tuning set (test/fixtures/messages/tuning136.jsonl: a broad month of a children's social care area office and its partners)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning136.jsonl")), true],
    ["Whole messages: hundred-and-thirty-seventh tuning set (test/fixtures/messages/tuning137.jsonl: a broad month of a prison's and a probation office's staff)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning137.jsonl")), true],
    ["Whole messages: hundred-and-thirty-eighth tuning set (test/fixtures/messages/tuning138.jsonl: a broad month of adult social care, mental health and hospital safeguarding)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning138.jsonl")), true],
    ["Whole messages: hundred-and-thirty-ninth tuning set (test/fixtures/messages/tuning139.jsonl: a broad month of community safety, housing, DWP and council officers)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning139.jsonl")), true],
    ["Whole messages: hundred-and-fortieth tuning set (test/fixtures/messages/tuning140.jsonl: a broad month of very short mail)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning140.jsonl")), true],
    ["Whole messages: hundred-and-forty-first tuning set (test/fixtures/messages/tuning141.jsonl: the dev set's kinds: probation and police, plain text)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning141.jsonl")), true],
    ["Whole messages: hundred-and-forty-second tuning set (test/fixtures/messages/tuning142.jsonl: the dev set's kinds: children's social care and hospital safeguarding, HTML threads)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning142.jsonl")), true],
    ["Whole messages: hundred-and-forty-third tuning set (test/fixtures/messages/tuning143.jsonl: the dev set's kinds: admin, youth justice and health visitors; Mac, Gmail and mobile quoting)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning143.jsonl")), true],
    ["Whole messages: hundred-and-forty-fourth tuning set (test/fixtures/messages/tuning144.jsonl: staff lists to outsiders: delegates, badges, catering, parking, speakers)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning144.jsonl")), true],
    ["Whole messages: hundred-and-forty-fifth tuning set (test/fixtures/messages/tuning145.jsonl: quoted internal threads leaving the routes)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning145.jsonl")), true],
    ["Whole messages: hundred-and-forty-sixth tuning set (test/fixtures/messages/tuning146.jsonl: a recall probe of the dev set's mistake kinds)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning146.jsonl")), true],
    ["Whole messages: hundred-and-forty-seventh tuning set (test/fixtures/messages/tuning147.jsonl: the dev set's kinds: police and IOM staff, short and mobile)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning147.jsonl")), true],
    ["Whole messages: hundred-and-forty-eighth tuning set (test/fixtures/messages/tuning148.jsonl: the dev set's kinds: health staff on NHSmail)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning148.jsonl")), true],
    ["Whole messages: hundred-and-forty-ninth tuning set (test/fixtures/messages/tuning149.jsonl: signatures and greetings at their hardest)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning149.jsonl")), true],
    ["Whole messages: hundred-and-fiftieth tuning set (test/fixtures/messages/tuning150.jsonl: markings, every way staff write them)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning150.jsonl")), true],
    ["Whole messages: hundred-and-fifty-first tuning set (test/fixtures/messages/tuning151.jsonl: staff names to outsiders, a second hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning151.jsonl")), true],
    ["Whole messages: hundred-and-fifty-second tuning set (test/fixtures/messages/tuning152.jsonl: quoted internal threads leaving the routes, a second hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning152.jsonl")), true],
    ["Whole messages: hundred-and-fifty-third tuning set (test/fixtures/messages/tuning153.jsonl: ordinary partner mail full of professional words, unmarked)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning153.jsonl")), true],
    ["Whole messages: hundred-and-fifty-fourth tuning set (test/fixtures/messages/tuning154.jsonl: a second recall probe of the dev set's mistake kinds, mostly HTML)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning154.jsonl")), true],
    ["Whole messages: hundred-and-fifty-fifth tuning set (test/fixtures/messages/tuning155.jsonl: a broad month: a small team's admin and managers)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning155.jsonl")), true],
    ["Whole messages: hundred-and-fifty-sixth tuning set (test/fixtures/messages/tuning156.jsonl: a broad month: frontline practitioners between visits)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning156.jsonl")), true],
    ["Whole messages: hundred-and-fifty-seventh tuning set (test/fixtures/messages/tuning157.jsonl: staff's own matters from the work account, as the dev set's kinds)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning157.jsonl")), true],
    ["Whole messages: hundred-and-fifty-eighth tuning set (test/fixtures/messages/tuning158.jsonl: the dev set's kinds: Leicester, Leicestershire and Rutland staff)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning158.jsonl")), true],
    ["Whole messages: hundred-and-fifty-ninth tuning set (test/fixtures/messages/tuning159.jsonl: the dev set's kinds: prison and probation under Working Together)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning159.jsonl")), true],
    ["Whole messages: hundred-and-sixtieth tuning set (test/fixtures/messages/tuning160.jsonl: staff's own matters from the work account, a second hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning160.jsonl")), true],
    ["Whole messages: hundred-and-sixty-first tuning set (test/fixtures/messages/tuning161.jsonl: a recall probe: mistakes that look like staff's own or family matters)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning161.jsonl")), true],
    ["Whole messages: hundred-and-sixty-second tuning set (test/fixtures/messages/tuning162.jsonl: the dev set's kinds: Derbyshire and Derby City children's services and probation)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning162.jsonl")), true],
    ["Whole messages: hundred-and-sixty-third tuning set (test/fixtures/messages/tuning163.jsonl: the dev set's kinds: the Met, Richmond and Wandsworth and London probation)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning163.jsonl")), true],
    ["Whole messages: hundred-and-sixty-fourth tuning set (test/fixtures/messages/tuning164.jsonl: colleagues' news to outsiders as the dev set's kinds)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning164.jsonl")), true],
    ["Whole messages: hundred-and-sixty-fifth tuning set (test/fixtures/messages/tuning165.jsonl: a broad month: business support and managers in December)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning165.jsonl")), true],
    ["Whole messages: hundred-and-sixty-sixth tuning set (test/fixtures/messages/tuning166.jsonl: the dev set's kinds: terse, informal staff)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning166.jsonl")), true],
    ["Whole messages: hundred-and-sixty-seventh tuning set (test/fixtures/messages/tuning167.jsonl: the dev set's kinds: formal senior staff, long signatures and disclaimers)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning167.jsonl")), true],
    ["Whole messages: hundred-and-sixty-eighth tuning set (test/fixtures/messages/tuning168.jsonl: a third recall probe: mistakes beside staff lists, rotas, teams and colleague news)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning168.jsonl")), true],
    ["Whole messages: hundred-and-sixty-ninth tuning set (test/fixtures/messages/tuning169.jsonl: ordinary partner mail full of professional words, a second hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning169.jsonl")), true],
    ["Whole messages: hundred-and-seventieth tuning set (test/fixtures/messages/tuning170.jsonl: the dev set's kinds: careful subjects, quick bodies)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning170.jsonl")), true],
    ["Whole messages: hundred-and-seventy-first tuning set (test/fixtures/messages/tuning171.jsonl: the dev set's kinds: pasted lists and tables)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning171.jsonl")), true],
    ["Whole messages: hundred-and-seventy-second tuning set (test/fixtures/messages/tuning172.jsonl: a fourth recall probe of the dev set's mistake kinds)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning172.jsonl")), true],
    ["Whole messages: hundred-and-seventy-third tuning set (test/fixtures/messages/tuning173.jsonl: the dev set's kinds: long threads quoting the other side's signatures)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning173.jsonl")), true],
    ["Whole messages: hundred-and-seventy-fourth tuning set (test/fixtures/messages/tuning174.jsonl: the dev set's kinds: staff new in post)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning174.jsonl")), true],
    ["Whole messages: hundred-and-seventy-fifth tuning set (test/fixtures/messages/tuning175.jsonl: the dev set's kinds: LLR health staff on NHSmail)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning175.jsonl")), true],
    ["Whole messages: hundred-and-seventy-sixth tuning set (test/fixtures/messages/tuning176.jsonl: staff's own matters from the work account with no family words, a third hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning176.jsonl")), true],
    ["Whole messages: hundred-and-seventy-seventh tuning set (test/fixtures/messages/tuning177.jsonl: a fifth recall probe: mistakes told as plainly as everyday admin)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning177.jsonl")), true],
    ["Whole messages: hundred-and-seventy-eighth tuning set (test/fixtures/messages/tuning178.jsonl: the dev set's kinds: night, weekend and duty staff)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning178.jsonl")), true],
    ["Whole messages: hundred-and-seventy-ninth tuning set (test/fixtures/messages/tuning179.jsonl: the dev set's kinds: admin, finance and facilities staff)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning179.jsonl")), true],
    ["Whole messages: hundred-and-eightieth tuning set (test/fixtures/messages/tuning180.jsonl: the dev set's kinds: IOM police, PCSOs and community-safety staff)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning180.jsonl")), true],
    ["Whole messages: hundred-and-eighty-first tuning set (test/fixtures/messages/tuning181.jsonl: staff's own matters from the work account, a fourth hand: step-families, lodgers, partners of another name)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning181.jsonl")), true],
    ["Whole messages: hundred-and-eighty-second tuning set (test/fixtures/messages/tuning182.jsonl: a sixth recall probe: mistakes that read like household admin)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning182.jsonl")), true],
    ["Whole messages: hundred-and-eighty-third tuning set (test/fixtures/messages/tuning183.jsonl: the dev set's kinds: prison and probation staff with children's services, long reply chains)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning183.jsonl")), true],
    ["Whole messages: hundred-and-eighty-fourth tuning set (test/fixtures/messages/tuning184.jsonl: the dev set's kinds: health visitors, school nurses and early help)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning184.jsonl")), true],
    ["Whole messages: hundred-and-eighty-fifth tuning set (test/fixtures/messages/tuning185.jsonl: the dev set's kinds: community safety and volunteer staff, to community groups)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning185.jsonl")), true],
    ["Whole messages: hundred-and-eighty-sixth tuning set (test/fixtures/messages/tuning186.jsonl: a seventh recall probe: names and identifiers in unexpected forms)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning186.jsonl")), true],
    ["Whole messages: hundred-and-eighty-seventh tuning set (test/fixtures/messages/tuning187.jsonl: the dev set's kinds: minutes, lists and rotas forwarded)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning187.jsonl")), true],
    ["Whole messages: hundred-and-eighty-eighth tuning set (test/fixtures/messages/tuning188.jsonl: the dev set's kinds with staff's own matters and colleagues' news)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning188.jsonl")), true],
    ["Whole messages: hundred-and-eighty-ninth tuning set (test/fixtures/messages/tuning189.jsonl: students, trainees and apprentices, and anonymised case studies)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning189.jsonl")), true],
    ["Whole messages: hundred-and-ninetieth tuning set (test/fixtures/messages/tuning190.jsonl: an eighth recall probe: where case data sits in a message)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning190.jsonl")), true],
    ["Whole messages: hundred-and-ninety-first tuning set (test/fixtures/messages/tuning191.jsonl: a ninth recall probe: special-category data alone)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning191.jsonl")), true],
    ["Whole messages: hundred-and-ninety-second tuning set (test/fixtures/messages/tuning192.jsonl: the dev set's kinds in Outlook on the web and desktop HTML)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning192.jsonl")), true],
    ["Whole messages: hundred-and-ninety-third tuning set (test/fixtures/messages/tuning193.jsonl: the dev set's kinds: short phone replies over long quoted threads)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning193.jsonl")), true],
    ["Whole messages: hundred-and-ninety-fourth tuning set (test/fixtures/messages/tuning194.jsonl: staff's own matters from the work account, a fifth hand, as they come)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning194.jsonl")), true],
    ["Whole messages: hundred-and-ninety-fifth tuning set (test/fixtures/messages/tuning195.jsonl: ordinary partner mail full of professional words, a third hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning195.jsonl")), true],
    ["Whole messages: hundred-and-ninety-sixth tuning set (test/fixtures/messages/tuning196.jsonl: a tenth recall probe: case data in household words)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning196.jsonl")), true],
    ["Whole messages: hundred-and-ninety-seventh tuning set (test/fixtures/messages/tuning197.jsonl: the dev set's kinds: district council housing and community safety)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning197.jsonl")), true],
    ["Whole messages: hundred-and-ninety-eighth tuning set (test/fixtures/messages/tuning198.jsonl: the dev set's kinds with recruitment and HR)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning198.jsonl")), true],
    ["Whole messages: hundred-and-ninety-ninth tuning set (test/fixtures/messages/tuning199.jsonl: the dev set's kinds with court work)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning199.jsonl")), true],
    ["Whole messages: two-hundredth tuning set (test/fixtures/messages/tuning200.jsonl: the protective marking, probed)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning200.jsonl")), true],
    ["Whole messages: two-hundred-and-first tuning set (test/fixtures/messages/tuning201.jsonl: an eleventh recall probe: case data beside the writer's own words)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning201.jsonl")), true],
    ["Whole messages: two-hundred-and-second tuning set (test/fixtures/messages/tuning202.jsonl: the dev set's kinds: Starting Point, locality and probation office staff)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning202.jsonl")), true],
    ["Whole messages: two-hundred-and-third tuning set (test/fixtures/messages/tuning203.jsonl: the dev set's kinds: Met IOM, London probation and Richmond and Wandsworth)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning203.jsonl")), true],
    ["Whole messages: two-hundred-and-fourth tuning set (test/fixtures/messages/tuning204.jsonl: the dev set's kinds full of numbers that are no case data)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning204.jsonl")), true],
    ["Whole messages: two-hundred-and-fifth tuning set (test/fixtures/messages/tuning205.jsonl: staff's own matters, a sixth hand: health, HR, pay and family care)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning205.jsonl")), true],
    ["Whole messages: two-hundred-and-sixth tuning set (test/fixtures/messages/tuning206.jsonl: the dev set's kinds: greetings and partner logistics naming many colleagues)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning206.jsonl")), true],
    ["Whole messages: two-hundred-and-seventh tuning set (test/fixtures/messages/tuning207.jsonl: a twelfth recall probe: the dev set's mistake kinds told anew)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning207.jsonl")), true],
    ["Whole messages: two-hundred-and-eighth tuning set (test/fixtures/messages/tuning208.jsonl: the dev set's kinds: Leicestershire Police, LLR social care and health safeguarding)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning208.jsonl")), true],
    ["Whole messages: two-hundred-and-ninth tuning set (test/fixtures/messages/tuning209.jsonl: the dev set's kinds with colleagues' needs named to outsiders)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning209.jsonl")), true],
    ["Whole messages: two-hundred-and-tenth tuning set (test/fixtures/messages/tuning210.jsonl: staff's own and colleagues' family matters together)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning210.jsonl")), true],
    ["Whole messages: two-hundred-and-eleventh tuning set (test/fixtures/messages/tuning211.jsonl: a thirteenth recall probe: case children and adults in family-sounding mail)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning211.jsonl")), true],
    ["Whole messages: two-hundred-and-twelfth tuning set (test/fixtures/messages/tuning212.jsonl: the dev set's kinds: Derby City children's services and Derbyshire health visitors)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning212.jsonl")), true],
    ["Whole messages: two-hundred-and-thirteenth tuning set (test/fixtures/messages/tuning213.jsonl: the dev set's kinds in long Outlook desktop HTML threads)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning213.jsonl")), true],
    ["Whole messages: two-hundred-and-fourteenth tuning set (test/fixtures/messages/tuning214.jsonl: the dev set's kinds with colleagues' needs named to outsiders, a second hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning214.jsonl")), true],
    ["Whole messages: two-hundred-and-fifteenth tuning set (test/fixtures/messages/tuning215.jsonl: the dev set's kinds from probation and police admin, short replies over long quoted history)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning215.jsonl")), true],
    ["Whole messages: two-hundred-and-sixteenth tuning set (test/fixtures/messages/tuning216.jsonl: staff's own matters, a seventh hand, terse)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning216.jsonl")), true],
    ["Whole messages: two-hundred-and-seventeenth tuning set (test/fixtures/messages/tuning217.jsonl: a fourteenth recall probe: case data told with few case words)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning217.jsonl")), true],
    ["Whole messages: two-hundred-and-eighteenth tuning set (test/fixtures/messages/tuning218.jsonl: the dev set's kinds with colleagues' and visitors' details given to outsiders, a third hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning218.jsonl")), true],
    ["Whole messages: two-hundred-and-nineteenth tuning set (test/fixtures/messages/tuning219.jsonl: the dev set's kinds in long Outlook threads from senior staff)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning219.jsonl")), true],
    ["Whole messages: two-hundred-and-twentieth tuning set (test/fixtures/messages/tuning220.jsonl: staff's own affairs, an eighth hand, often with no name beside them)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning220.jsonl")), true],
    ["Whole messages: two-hundred-and-twenty-first tuning set (test/fixtures/messages/tuning221.jsonl: a fifteenth recall probe: case people in team-sounding mail)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning221.jsonl")), true],
    ["Whole messages: two-hundred-and-twenty-second tuning set (test/fixtures/messages/tuning222.jsonl: the dev set's kinds from police and NHS staff)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning222.jsonl")), true],
    ["Whole messages: two-hundred-and-twenty-third tuning set (test/fixtures/messages/tuning223.jsonl: colleagues' news and team life told to outsiders, a fourth hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning223.jsonl")), true],
    ["Whole messages: two-hundred-and-twenty-fourth tuning set (test/fixtures/messages/tuning224.jsonl: a sixteenth recall probe: case data with few case words, a second hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning224.jsonl")), true],
    ["Whole messages: two-hundred-and-twenty-fifth tuning set (test/fixtures/messages/tuning225.jsonl: the dev set's kinds in long threads, a second hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning225.jsonl")), true],
    ["Whole messages: two-hundred-and-twenty-sixth tuning set (test/fixtures/messages/tuning226.jsonl: a seventeenth recall probe: case data that looks like staff's own or team mail)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning226.jsonl")), true],
    ["Whole messages: two-hundred-and-twenty-seventh tuning set (test/fixtures/messages/tuning227.jsonl: staff's own and their children's matters, a ninth hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning227.jsonl")), true],
    ["Whole messages: two-hundred-and-twenty-eighth tuning set (test/fixtures/messages/tuning228.jsonl: the dev set's kinds from district and county council admin)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning228.jsonl")), true],
    ["Whole messages: two-hundred-and-twenty-ninth tuning set (test/fixtures/messages/tuning229.jsonl: colleagues' news and team life told to outsiders, a fifth hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning229.jsonl")), true],
    ["Whole messages: two-hundred-and-thirtieth tuning set (test/fixtures/messages/tuning230.jsonl: the dev set's kinds from prison and HMPPS staff)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning230.jsonl")), true],
    ["Whole messages: two-hundred-and-thirty-first tuning set (test/fixtures/messages/tuning231.jsonl: an eighteenth recall probe: case data shaped like team life and family admin)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning231.jsonl")), true],
    ["Whole messages: two-hundred-and-thirty-second tuning set (test/fixtures/messages/tuning232.jsonl: staff's own and their household's matters, a tenth hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning232.jsonl")), true],
    ["Whole messages: two-hundred-and-thirty-third tuning set (test/fixtures/messages/tuning233.jsonl: the dev set's kinds from NHS staff)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning233.jsonl")), true],
    ["Whole messages: two-hundred-and-thirty-fourth tuning set (test/fixtures/messages/tuning234.jsonl: colleagues' news and team life told to outsiders, a sixth hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning234.jsonl")), true],
    ["Whole messages: two-hundred-and-thirty-fifth tuning set (test/fixtures/messages/tuning235.jsonl: the dev set's kinds from children's services, long threads)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning235.jsonl")), true],
    ["Whole messages: two-hundred-and-thirty-sixth tuning set (test/fixtures/messages/tuning236.jsonl: a nineteenth recall probe of the dev set's mistake kinds)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning236.jsonl")), true],
    ["Whole messages: two-hundred-and-thirty-seventh tuning set (test/fixtures/messages/tuning237.jsonl: colleagues' news and team life told to outsiders, a seventh hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning237.jsonl")), true],
    ["Whole messages: two-hundred-and-thirty-eighth tuning set (test/fixtures/messages/tuning238.jsonl: staff's own matters, an eleventh hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning238.jsonl")), true],
    ["Whole messages: two-hundred-and-thirty-ninth tuning set (test/fixtures/messages/tuning239.jsonl: the dev set's kinds from probation officers)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning239.jsonl")), true],
    ["Whole messages: two-hundred-and-fortieth tuning set (test/fixtures/messages/tuning240.jsonl: the dev set's kinds from police and community safety)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning240.jsonl")), true],
    ["Whole messages: two-hundred-and-forty-first tuning set (test/fixtures/messages/tuning241.jsonl: a twentieth recall probe: mistakes shaped like colleagues' news and staff's own affairs)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning241.jsonl")), true],
    ["Whole messages: two-hundred-and-forty-second tuning set (test/fixtures/messages/tuning242.jsonl: colleagues' news and team life told to outsiders, an eighth hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning242.jsonl")), true],
    ["Whole messages: two-hundred-and-forty-third tuning set (test/fixtures/messages/tuning243.jsonl: staff's own matters, a twelfth hand)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning243.jsonl")), true],
    ["Whole messages: two-hundred-and-forty-fourth tuning set (test/fixtures/messages/tuning244.jsonl: the dev set's kinds from every kind of staff)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "tuning244.jsonl")), true],
    ["Whole messages: held-out set (test/fixtures/messages/heldout.jsonl, never tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout.jsonl")), false],
    ["Whole messages: second held-out set (test/fixtures/messages/heldout2.jsonl, written with tuning3 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout2.jsonl")), false],
    ["Whole messages: third held-out set (test/fixtures/messages/heldout3.jsonl, written with tuning10 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout3.jsonl")), false],
    ["Whole messages: fourth held-out set (test/fixtures/messages/heldout4.jsonl, written last by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout4.jsonl")), false],
    ["Whole messages: fifth held-out set (test/fixtures/messages/heldout5.jsonl, written with tuning14 and tuning15 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout5.jsonl")), false],
    ["Whole messages: sixth held-out set (test/fixtures/messages/heldout6.jsonl, written with tuning16 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout6.jsonl")), false],
    ["Whole messages: seventh held-out set (test/fixtures/messages/heldout7.jsonl, written with tuning19 and tuning20 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout7.jsonl")), false],
    ["Whole messages: eighth held-out set (test/fixtures/messages/heldout8.jsonl, written with tuning21 and tuning22 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout8.jsonl")), false],
    ["Whole messages: ninth held-out set (test/fixtures/messages/heldout9.jsonl, written with tuning21 and tuning22 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout9.jsonl")), false],
    ["Whole messages: tenth held-out set (test/fixtures/messages/heldout10.jsonl, written with tuning31–34 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout10.jsonl")), false],
    ["Whole messages: eleventh held-out set (test/fixtures/messages/heldout11.jsonl, written with tuning36–39 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout11.jsonl")), false],
    ["Whole messages: twelfth held-out set (test/fixtures/messages/heldout12.jsonl, written with tuning40–43 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout12.jsonl")), false],
    ["Whole messages: thirteenth held-out set (test/fixtures/messages/heldout13.jsonl, written with tuning44–47 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout13.jsonl")), false],
    ["Whole messages: fourteenth held-out set (test/fixtures/messages/heldout14.jsonl, written with tuning48–51 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout14.jsonl")), false],
    ["Whole messages: fifteenth held-out set (test/fixtures/messages/heldout15.jsonl, written with tuning52–55 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout15.jsonl")), false],
    ["Whole messages: sixteenth held-out set (test/fixtures/messages/heldout16.jsonl, written with tuning56–59 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout16.jsonl")), false],
    ["Whole messages: seventeenth held-out set (test/fixtures/messages/heldout17.jsonl, written with tuning63–68 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout17.jsonl")), false],
    ["Whole messages: eighteenth held-out set (test/fixtures/messages/heldout18.jsonl, written with tuning63–68 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout18.jsonl")), false],
    ["Whole messages: nineteenth held-out set (test/fixtures/messages/heldout19.jsonl, written with tuning69–74 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout19.jsonl")), false],
    ["Whole messages: twentieth held-out set (test/fixtures/messages/heldout20.jsonl, written with tuning69–74 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout20.jsonl")), false],
    ["Whole messages: twenty-first held-out set (test/fixtures/messages/heldout21.jsonl, written with tuning75–80 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout21.jsonl")), false],
    ["Whole messages: twenty-second held-out set (test/fixtures/messages/heldout22.jsonl, written with tuning75–80 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout22.jsonl")), false],
    ["Whole messages: twenty-third held-out set (test/fixtures/messages/heldout23.jsonl, written with tuning81–86 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout23.jsonl")), false],
    ["Whole messages: twenty-fourth held-out set (test/fixtures/messages/heldout24.jsonl, written with tuning81–86 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout24.jsonl")), false],
    ["Whole messages: twenty-fifth held-out set (test/fixtures/messages/heldout25.jsonl, written with tuning87–92 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout25.jsonl")), false],
    ["Whole messages: twenty-sixth held-out set (test/fixtures/messages/heldout26.jsonl, written with tuning87–92 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout26.jsonl")), false],
    ["Whole messages: twenty-seventh held-out set (test/fixtures/messages/heldout27.jsonl, written with tuning93–98 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout27.jsonl")), false],
    ["Whole messages: twenty-eighth held-out set (test/fixtures/messages/heldout28.jsonl, written with tuning93–98 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout28.jsonl")), false],
    ["Whole messages: twenty-ninth held-out set (test/fixtures/messages/heldout29.jsonl, written with tuning99–104 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout29.jsonl")), false],
    ["Whole messages: thirtieth held-out set (test/fixtures/messages/heldout30.jsonl, written with tuning99–104 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout30.jsonl")), false],
    ["Whole messages: thirty-first held-out set (test/fixtures/messages/heldout31.jsonl, written with tuning105–108 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout31.jsonl")), false],
    ["Whole messages: thirty-second held-out set (test/fixtures/messages/heldout32.jsonl, written with tuning105–108 by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout32.jsonl")), false],
    ["Whole messages: thirty-third held-out set (test/fixtures/messages/heldout33.jsonl, written at the end of the eighth session by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout33.jsonl")), false],
    ["Whole messages: thirty-fourth held-out set (test/fixtures/messages/heldout34.jsonl, written at the end of the eighth session by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout34.jsonl")), false],
    ["Whole messages: thirty-fifth held-out set (test/fixtures/messages/heldout35.jsonl, written at the end of the eighth session by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout35.jsonl")), false],
    ["Whole messages: thirty-sixth held-out set (test/fixtures/messages/heldout36.jsonl, written at the end of the eighth session by another author, never read or tuned on)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout36.jsonl")), false],
    ["Whole messages: thirty-seventh held-out set (test/fixtures/messages/heldout37.jsonl, written in the ninth session by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout37.jsonl")), false],
    ["Whole messages: thirty-eighth held-out set (test/fixtures/messages/heldout38.jsonl, written in the ninth session by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout38.jsonl")), false],
    ["Whole messages: thirty-ninth held-out set (test/fixtures/messages/heldout39.jsonl, written in the ninth session by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout39.jsonl")), false],
    ["Whole messages: fortieth held-out set (test/fixtures/messages/heldout40.jsonl, written in the ninth session by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout40.jsonl")), false],
    ["Whole messages: forty-first held-out set (test/fixtures/messages/heldout41.jsonl, written in the ninth session by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout41.jsonl")), false],
    ["Whole messages: forty-second held-out set (test/fixtures/messages/heldout42.jsonl, written in the ninth session by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout42.jsonl")), false],
    ["Whole messages: forty-third held-out set (test/fixtures/messages/heldout43.jsonl, written in the ninth session by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout43.jsonl")), false],
    ["Whole messages: forty-fourth held-out set (test/fixtures/messages/heldout44.jsonl, written in the ninth session by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout44.jsonl")), false],
    ["Whole messages: forty-fifth held-out set (test/fixtures/messages/heldout45.jsonl, written in the ninth session by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout45.jsonl")), false],
    ["Whole messages: forty-sixth held-out set (test/fixtures/messages/heldout46.jsonl, written in the ninth session by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout46.jsonl")), false],
    ["Whole messages: forty-seventh held-out set (test/fixtures/messages/heldout47.jsonl, written in the tenth session with tuning141–146 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout47.jsonl")), false],
    ["Whole messages: forty-eighth held-out set (test/fixtures/messages/heldout48.jsonl, written in the tenth session with tuning141–146 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout48.jsonl")), false],
    ["Whole messages: forty-ninth held-out set (test/fixtures/messages/heldout49.jsonl, written in the tenth session with tuning147–150 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout49.jsonl")), false],
    ["Whole messages: fiftieth held-out set (test/fixtures/messages/heldout50.jsonl, written in the tenth session with tuning147–150 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout50.jsonl")), false],
    ["Whole messages: fifty-first held-out set (test/fixtures/messages/heldout51.jsonl, written in the tenth session with tuning155–157 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout51.jsonl")), false],
    ["Whole messages: fifty-second held-out set (test/fixtures/messages/heldout52.jsonl, written in the tenth session with tuning155–157 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout52.jsonl")), false],
    ["Whole messages: fifty-third held-out set (test/fixtures/messages/heldout53.jsonl, written in the tenth session with tuning158–161 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout53.jsonl")), false],
    ["Whole messages: fifty-fourth held-out set (test/fixtures/messages/heldout54.jsonl, written in the tenth session with tuning158–161 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout54.jsonl")), false],
    ["Whole messages: fifty-fifth held-out set (test/fixtures/messages/heldout55.jsonl, written in the tenth session with tuning162–165 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout55.jsonl")), false],
    ["Whole messages: fifty-sixth held-out set (test/fixtures/messages/heldout56.jsonl, written in the tenth session with tuning162–165 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout56.jsonl")), false],
    ["Whole messages: fifty-seventh held-out set (test/fixtures/messages/heldout57.jsonl, written in the tenth session with tuning166–169 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout57.jsonl")), false],
    ["Whole messages: fifty-eighth held-out set (test/fixtures/messages/heldout58.jsonl, written in the tenth session with tuning166–169 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout58.jsonl")), false],
    ["Whole messages: fifty-ninth held-out set (test/fixtures/messages/heldout59.jsonl, written in the tenth session with tuning170–173 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout59.jsonl")), false],
    ["Whole messages: sixtieth held-out set (test/fixtures/messages/heldout60.jsonl, written in the tenth session with tuning170–173 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout60.jsonl")), false],
    ["Whole messages: sixty-first held-out set (test/fixtures/messages/heldout61.jsonl, written in the eleventh session with tuning174–179 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout61.jsonl")), false],
    ["Whole messages: sixty-second held-out set (test/fixtures/messages/heldout62.jsonl, written in the eleventh session with tuning174–179 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout62.jsonl")), false],
    ["Whole messages: sixty-third held-out set (test/fixtures/messages/heldout63.jsonl, written in the eleventh session with tuning180–183 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout63.jsonl")), false],
    ["Whole messages: sixty-fourth held-out set (test/fixtures/messages/heldout64.jsonl, written in the eleventh session with tuning180–183 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout64.jsonl")), false],
    ["Whole messages: sixty-fifth held-out set (test/fixtures/messages/heldout65.jsonl, written in the eleventh session with tuning184–189 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout65.jsonl")), false],
    ["Whole messages: sixty-sixth held-out set (test/fixtures/messages/heldout66.jsonl, written in the eleventh session with tuning184–189 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout66.jsonl")), false],
    ["Whole messages: sixty-seventh held-out set (test/fixtures/messages/heldout67.jsonl, written in the eleventh session with tuning190–195 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout67.jsonl")), false],
    ["Whole messages: sixty-eighth held-out set (test/fixtures/messages/heldout68.jsonl, written in the eleventh session with tuning190–195 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout68.jsonl")), false],
    ["Whole messages: sixty-ninth held-out set (test/fixtures/messages/heldout69.jsonl, written in the eleventh session with tuning196–200 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout69.jsonl")), false],
    ["Whole messages: seventieth held-out set (test/fixtures/messages/heldout70.jsonl, written in the eleventh session with tuning196–200 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout70.jsonl")), false],
    ["Whole messages: seventy-first held-out set (test/fixtures/messages/heldout71.jsonl, written in the eleventh session with tuning201–206 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout71.jsonl")), false],
    ["Whole messages: seventy-second held-out set (test/fixtures/messages/heldout72.jsonl, written in the eleventh session with tuning201–206 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout72.jsonl")), false],
    ["Whole messages: seventy-third held-out set (test/fixtures/messages/heldout73.jsonl, written in the eleventh session with tuning207–210 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout73.jsonl")), false],
    ["Whole messages: seventy-fourth held-out set (test/fixtures/messages/heldout74.jsonl, written in the eleventh session with tuning207–210 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout74.jsonl")), false],
    ["Whole messages: seventy-fifth held-out set (test/fixtures/messages/heldout75.jsonl, written in the eleventh session with tuning211–214 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout75.jsonl")), false],
    ["Whole messages: seventy-sixth held-out set (test/fixtures/messages/heldout76.jsonl, written in the eleventh session with tuning211–214 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout76.jsonl")), false],
    ["Whole messages: seventy-seventh held-out set (test/fixtures/messages/heldout77.jsonl, written in the twelfth session with tuning215–219 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout77.jsonl")), false],
    ["Whole messages: seventy-eighth held-out set (test/fixtures/messages/heldout78.jsonl, written in the twelfth session with tuning215–219 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout78.jsonl")), false],
    ["Whole messages: seventy-ninth held-out set (test/fixtures/messages/heldout79.jsonl, written in the twelfth session with tuning215–219 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout79.jsonl")), false],
    ["Whole messages: eightieth held-out set (test/fixtures/messages/heldout80.jsonl, written in the twelfth session with tuning220–225 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout80.jsonl")), false],
    ["Whole messages: eighty-first held-out set (test/fixtures/messages/heldout81.jsonl, written in the twelfth session with tuning220–225 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout81.jsonl")), false],
    ["Whole messages: eighty-second held-out set (test/fixtures/messages/heldout82.jsonl, written in the twelfth session with tuning226–230 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout82.jsonl")), false],
    ["Whole messages: eighty-third held-out set (test/fixtures/messages/heldout83.jsonl, written in the twelfth session with tuning226–230 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout83.jsonl")), false],
    ["Whole messages: eighty-fourth held-out set (test/fixtures/messages/heldout84.jsonl, written in the twelfth session with tuning226–230 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout84.jsonl")), false],
    ["Whole messages: eighty-fifth held-out set (test/fixtures/messages/heldout85.jsonl, written in the twelfth session with tuning231–235 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout85.jsonl")), false],
    ["Whole messages: eighty-sixth held-out set (test/fixtures/messages/heldout86.jsonl, written in the twelfth session with tuning231–235 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout86.jsonl")), false],
    ["Whole messages: eighty-seventh held-out set (test/fixtures/messages/heldout87.jsonl, written in the twelfth session with tuning236–240 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout87.jsonl")), false],
    ["Whole messages: eighty-eighth held-out set (test/fixtures/messages/heldout88.jsonl, written in the twelfth session with tuning236–240 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout88.jsonl")), false],
    ["Whole messages: eighty-ninth held-out set (test/fixtures/messages/heldout89.jsonl, written in the twelfth session with tuning241–244 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout89.jsonl")), false],
    ["Whole messages: ninetieth held-out set (test/fixtures/messages/heldout90.jsonl, written in the twelfth session with tuning241–244 by another author, never read or tuned on; scored once, at the session's end)", loadIfPresent(join(REPO_ROOT, "test", "fixtures", "messages", "heldout90.jsonl")), false],
  ];
  const messageBlocks: string[] = [];
  const messageMissLines: string[] = [];
  let messagesMet = true;
  for (const [title, messages, listMisses] of messageSets) {
    if (!messages) continue;
    const outcomes = runMessages(messages);
    messagesMet = messagesMet && messageTargets(scoreMessages(outcomes)).met;
    messageBlocks.push(messagesTable(title, outcomes), "");
    if (listMisses) messageMissLines.push(...messageMisses(outcomes));
  }
  const block = [
    resultsTable(results),
    "",
    `Targets (SafeShare): ${check.allMet ? "all met" : "NOT all met"}`,
    "",
    ...check.lines,
    "",
    ...messageBlocks,
  ].join("\n").trimEnd();
  const notes = results.map((r) => `- ${r.system.name}: ${r.system.note}`);
  if (redactPii.alignmentFailures() > 0) notes.push(`- redact-pii: ${redactPii.alignmentFailures()} texts could not be aligned (scored as no spans).`);

  console.log([block, "", corpusLine, "", ...notes].join("\n"));
  const missesOf = values["misses-of"] ?? (values.misses ? ours.system.name : undefined);
  if (missesOf !== undefined) {
    const r = results.find((x) => x.system.name.toLowerCase() === missesOf.toLowerCase());
    if (!r) {
      console.error(`No system named '${missesOf}': ${results.map((x) => x.system.name).join(", ")}`);
      return 3;
    }
    console.log("\n" + missesReport(r));
    console.log(`\nWhole messages whose verdict differs from the label:\n${messageMissLines.join("\n") || "(none)"}`);
  }

  if (values.write) {
    const date = new Date().toISOString().slice(0, 10);
    const doc = [
      "# Detection: evaluation results",
      "",
      `Generated by \`npm run eval -- --write\` on ${date}.`,
      "",
      corpusLine,
      "",
      block,
      "",
      "How each system was run:",
      "",
      ...notes,
      "",
      "## Running it",
      "",
      "- `npm run eval`: print this table (and the target check) for the corpus in ../shared/corpus.",
      "- `npm run eval -- --corpus DIR`: score another folder holding subjects.dev.jsonl and bodies.dev.jsonl.",
      "- `npm run eval -- --misses` (or `--misses-of compromise|redact-pii`): list false negatives and false positives per kind, with context.",
      "- `npm run eval -- --check`: exit 1 when a target is missed (for CI).",
      "- `npm run eval -- --write`: regenerate this file and the block between `<!-- eval:start -->` and `<!-- eval:end -->` in README.md.",
      "",
      "These are development-set figures: the detectors were tuned on this corpus, so expect lower figures on other text.",
      "",
    ].join("\n");
    writeFileSync(join(REPO_ROOT, "docs", "eval-results.md"), doc);
    console.log("\nWrote docs/eval-results.md");
    const readme = join(REPO_ROOT, "README.md");
    const updated = existsSync(readme) ? replaceBetweenMarkers(readFileSync(readme, "utf8"), `${block}\n\n${corpusLine}`) : null;
    if (updated === null) console.log(`README.md: no ${README_START} … ${README_END} markers, left alone`);
    else {
      writeFileSync(readme, updated);
      console.log("Updated README.md between the eval markers");
    }
  }
  return values.check && !(check.allMet && messagesMet) ? 1 : 0;
}

process.exitCode = main();
