/**
 * Sensitivity labels (Mailbox 1.13, tenants with Microsoft Purview labels): the message's label
 * and the tenant's catalogue, read as plain data for the Snapshot. Every call is feature-detected
 * (requirement set, then the objects themselves), the catalogue's status is asked first as
 * Microsoft recommends, and the whole read has its own short deadline: labels only ever add a way
 * for a message to be marked, so a client without them, a disabled or empty catalogue, a failed
 * or slow call all mean "no labels" and SafeShare checks as it does without them. They never
 * fail the read of the message itself.
 *
 * ES2016 built-ins only (the Send runtime).
 */
import type { SensitivityLabelRef } from "../policy/snapshot";
import type { ComposeItem, SensitivityLabelLike } from "./composeItem";
import { withDeadline } from "./deadline";
import { officeCall, type AsyncCallback } from "./officeAsync";

/** Office.SensitivityLabelDetails: children is null for a label without sublabels. */
export interface SensitivityLabelDetailsLike {
  id: string;
  name: string;
  tooltip?: string;
  color?: string;
  children?: SensitivityLabelDetailsLike[] | null;
}

/** Office.context.sensitivityLabelsCatalog. */
export interface SensitivityLabelsCatalogLike {
  getIsEnabledAsync(callback: AsyncCallback<boolean>): void;
  getAsync(callback: AsyncCallback<SensitivityLabelDetailsLike[]>): void;
}

/** The part of Office.context the label reads need. */
export interface LabelContextLike {
  requirements?: { isSetSupported(name: string, minVersion?: string | number): boolean } | null;
  sensitivityLabelsCatalog?: SensitivityLabelsCatalogLike | null;
}

export interface ItemLabels {
  /** The message's label; its name is "" when the catalogue does not list it. */
  applied?: SensitivityLabelRef;
  /** The labels the user can apply: every label without sublabels, sublabels naming their parent. */
  catalogue: SensitivityLabelRef[];
}

/** Reading labels is a bonus: past this the message is checked as unlabelled. */
export const LABELS_DEADLINE_MS = 1000;

function supports13(context: LabelContextLike): boolean {
  try {
    return !!context.requirements && context.requirements.isSetSupported("Mailbox", "1.13") === true;
  } catch {
    return false;
  }
}

/** The catalogue and the item's label API, when this client has both. */
export function labelApis(item: ComposeItem, context: LabelContextLike | null | undefined): { catalog: SensitivityLabelsCatalogLike; label: SensitivityLabelLike } | null {
  if (!context || !supports13(context)) return null;
  const catalog = context.sensitivityLabelsCatalog;
  const label = item.sensitivityLabel;
  if (!catalog || typeof catalog.getIsEnabledAsync !== "function" || typeof catalog.getAsync !== "function") return null;
  if (!label || typeof label.getAsync !== "function") return null;
  return { catalog, label };
}

interface Node {
  ref: SensitivityLabelRef;
  hasChildren: boolean;
}

/** Every label in the tree (parents too, to name an applied one), sublabels naming their parent. */
function flatten(details: unknown, parent: string | undefined, out: Node[], depth: number): void {
  if (!Array.isArray(details) || depth > 4) return;
  for (const d of details as unknown[]) {
    if (!d || typeof d !== "object") continue;
    const { id, name, children } = d as SensitivityLabelDetailsLike;
    if (typeof id !== "string" || !id) continue;
    const ref: SensitivityLabelRef = { id, name: typeof name === "string" ? name : "" };
    if (parent) ref.parent = parent;
    const hasChildren = Array.isArray(children) && children.length > 0;
    out.push({ ref, hasChildren });
    if (hasChildren) flatten(children, ref.name, out, depth + 1);
  }
}

function sameId(a: string, b: string): boolean {
  return a.replace(/[{}]/g, "").toLowerCase() === b.replace(/[{}]/g, "").toLowerCase();
}

/** The tenant's catalogue, read once per catalogue object: the pane re-reads the message on every
 * change and poll, and the catalogue does not change while it is open. A failed read is not
 * remembered, so the next one tries again. null: labels are not enabled for this user. */
const catalogues = new WeakMap<object, Promise<SensitivityLabelDetailsLike[] | null>>();
function tenantCatalogue(catalog: SensitivityLabelsCatalogLike): Promise<SensitivityLabelDetailsLike[] | null> {
  const known = catalogues.get(catalog);
  if (known) return known;
  const read = (async () => {
    const enabled = await officeCall<boolean>("sensitivityLabelsCatalog.getIsEnabledAsync", (cb) => catalog.getIsEnabledAsync(cb));
    if (enabled !== true) return null;
    return officeCall<SensitivityLabelDetailsLike[]>("sensitivityLabelsCatalog.getAsync", (cb) => catalog.getAsync(cb));
  })();
  catalogues.set(catalog, read);
  read.catch(() => catalogues.delete(catalog));
  return read;
}

/** Reads the item's label against the catalogue; null when labels are unavailable here. Rejects
 * when a call fails (readLabelsSafely turns that into null). */
export async function readLabels(item: ComposeItem, context: LabelContextLike | null | undefined): Promise<ItemLabels | null> {
  const apis = labelApis(item, context);
  if (!apis) return null;
  const details = await tenantCatalogue(apis.catalog);
  if (details === null) return null;
  const appliedId = await officeCall<string>("sensitivityLabel.getAsync", (cb) => apis.label.getAsync(cb));
  const nodes: Node[] = [];
  flatten(details, undefined, nodes, 0);
  // A parent label with sublabels cannot be applied itself: offer its sublabels.
  const out: ItemLabels = { catalogue: nodes.filter((n) => !n.hasChildren).map((n) => n.ref) };
  if (typeof appliedId === "string" && appliedId.trim()) {
    const found = nodes.filter((n) => sameId(n.ref.id, appliedId))[0];
    out.applied = found ? found.ref : { id: appliedId, name: "" };
  }
  return out;
}

/** readLabels within LABELS_DEADLINE_MS; any failure is "no labels". */
export function readLabelsSafely(item: ComposeItem, context: LabelContextLike | null | undefined, deadlineMs = LABELS_DEADLINE_MS): Promise<ItemLabels | null> {
  if (!labelApis(item, context)) return Promise.resolve(null);
  return withDeadline(readLabels(item, context), deadlineMs, "Reading the sensitivity label").catch(() => null);
}
