/**
 * Every template, in the order the task pane lists them (the agreement's order, requests before
 * their responses). The templates are data in the agreement file (agreements/*.json, "templates"),
 * validated with the agreement at build time and in the tests; this module only reads them.
 */
import { defaultAgreement } from "../agreement";
import type { Template } from "./types";

export const TEMPLATES: readonly Template[] = defaultAgreement.templates ?? [];

/** The template with this id, or undefined. */
export function templateById(id: string): Template | undefined {
  for (const t of TEMPLATES) if (t.id === id) return t;
  return undefined;
}
