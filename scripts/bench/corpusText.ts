/** Corpus-like text of a chosen size: the development corpus's bodies and subjects, repeated. */
import { DEFAULT_CORPUS_DIR, loadCorpus } from "../evalCorpus";

let pieces: string[] | undefined;

function corpusPieces(dir = DEFAULT_CORPUS_DIR): string[] {
  if (!pieces) {
    const c = loadCorpus(dir);
    pieces = [...c.bodies.map((b) => b.text), ...c.subjects.map((s) => s.text)];
  }
  return pieces;
}

/** About `chars` characters of corpus text, messages separated by blank lines, cut at a space. */
export function corpusText(chars: number): string {
  const all = corpusPieces();
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const piece = all[i % all.length] as string;
    parts.push(piece);
    length += piece.length + 2;
  }
  const text = parts.join("\n\n");
  const cut = text.lastIndexOf(" ", chars);
  return text.slice(0, cut > chars * 0.9 ? cut : chars);
}

/** A single 5 KB "message body": the corpus bodies in order until 5,000 characters. */
export const body5k = (): string => corpusText(5_000);
