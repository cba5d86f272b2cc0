/** Parses rendered HTML and reports anything outside the small, inline-styled vocabulary. */
import { parseDocument } from "htmlparser2";

type Node = { type: string; name?: string; attribs?: Record<string, string>; children?: Node[]; data?: string };

export const ALLOWED_TAGS = ["div", "p", "table", "caption", "tbody", "tr", "th", "td", "br", "span", "strong"];
const ALLOWED_ATTRIBUTES = ["style", "scope", "cellpadding", "cellspacing"];

export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const visit = (node: Node) => {
    if (node.type === "tag" || node.type === "script" || node.type === "style") {
      if (!ALLOWED_TAGS.includes(node.name ?? "")) problems.push(`tag <${node.name}>`);
      for (const attr of Object.keys(node.attribs ?? {})) if (!ALLOWED_ATTRIBUTES.includes(attr)) problems.push(`attribute ${attr} on <${node.name}>`);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(parseDocument(html) as unknown as Node);
  return problems;
}

function textOf(node: Node): string {
  if (node.type === "text") return node.data ?? "";
  if (node.name === "br") return "\n";
  return (node.children ?? []).map(textOf).join("");
}

/** The table as label → cell text (entities decoded, <br> as \n). */
export function tableRows(html: string): Map<string, string> {
  const rows = new Map<string, string>();
  const visit = (node: Node) => {
    if (node.name === "tr") {
      const cells = (node.children ?? []).filter((c) => c.type === "tag");
      if (cells[0] && cells[1]) rows.set(textOf(cells[0]), textOf(cells[1]));
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(parseDocument(html, { decodeEntities: true }) as unknown as Node);
  return rows;
}
