/**
 * A header section (an .eml's top-level header, or a .msg's transport headers) → its fields,
 * unfolded. Tolerant: a line that is neither a field nor a continuation is skipped; the section
 * ends at the first empty line. Pure.
 */
export interface HeaderField {
  /** Lower case. */
  name: string;
  /** Unfolded (continuation lines joined with one space), trimmed. */
  value: string;
}

const FIELD = /^([\x21-\x39\x3b-\x7e][\x20-\x39\x3b-\x7e]*):(.*)$/;

export function headerFields(section: string): HeaderField[] {
  const fields: HeaderField[] = [];
  let current: { name: string; parts: string[] } | null = null;
  const flush = () => {
    if (current) fields.push({ name: current.name, value: current.parts.join(" ").replace(/\s+/g, " ").trim() });
    current = null;
  };
  for (const line of section.split(/\r\n|\r|\n/)) {
    if (line === "") break;
    if (/^[ \t]/.test(line)) {
      if (current) (current as { parts: string[] }).parts.push(line.trim());
      continue;
    }
    flush();
    const m = FIELD.exec(line);
    if (m) current = { name: (m[1] as string).trim().toLowerCase(), parts: [(m[2] as string).trim()] };
  }
  flush();
  return fields;
}
