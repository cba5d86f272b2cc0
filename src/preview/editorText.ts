import { htmlToText } from "./simulatedItem";

/** The HTML body as the preview's editor shows it: an empty line (<div><br></div>, as typed lines
 * are stored) is one line break, not two, so text round-trips through the editor unchanged. */
export function editorText(html: string): string {
  return htmlToText(html.replace(/<div><br><\/div>/g, "<div></div>")).replace(/\n$/, "");
}
