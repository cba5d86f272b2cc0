/** The labelled development corpus: loading and the shapes the evaluation works with. */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PERSONAL_DATA_KINDS, type PersonalDataKind } from "../src/policy/detect/types";

export interface LabelledSpan {
  start: number;
  end: number;
  kind: PersonalDataKind;
}

export interface LabelledText {
  id: string;
  text: string;
  spans: LabelledSpan[];
  personal: boolean;
}

export const CORPUS_FILES = { subjects: "subjects.dev.jsonl", bodies: "bodies.dev.jsonl" } as const;
export type CorpusPart = keyof typeof CORPUS_FILES;

export const REPO_ROOT = resolve(__dirname, "..");
/** The shared corpus sits next to the repository: ../shared/corpus. */
export const DEFAULT_CORPUS_DIR = resolve(REPO_ROOT, "..", "shared", "corpus");

const KINDS = new Set<string>(PERSONAL_DATA_KINDS);

/** Parses one JSONL file of labelled texts, failing loudly on anything unexpected. */
export function parseCorpus(jsonl: string, source: string): LabelledText[] {
  const items: LabelledText[] = [];
  jsonl.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const where = `${source}:${i + 1}`;
    const o = JSON.parse(line) as Partial<LabelledText>;
    if (typeof o.id !== "string" || typeof o.text !== "string" || !Array.isArray(o.spans)) {
      throw new Error(`${where}: expected {id, text, spans, personal}`);
    }
    for (const s of o.spans) {
      if (!KINDS.has(s.kind) || !(s.start >= 0 && s.end > s.start && s.end <= o.text.length)) {
        throw new Error(`${where}: bad span ${JSON.stringify(s)}`);
      }
    }
    items.push({ id: o.id, text: o.text, spans: o.spans, personal: o.personal === true });
  });
  return items;
}

export function loadCorpus(dir: string): Record<CorpusPart, LabelledText[]> {
  const load = (file: string) => parseCorpus(readFileSync(join(dir, file), "utf8"), file);
  return { subjects: load(CORPUS_FILES.subjects), bodies: load(CORPUS_FILES.bodies) };
}
