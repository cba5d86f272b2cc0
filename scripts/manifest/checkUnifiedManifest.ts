/**
 * Offline check of a unified manifest (manifest.json): Microsoft's JSON schema for its
 * manifestVersion, as shipped in the @microsoft/app-manifest package (no network), run with
 * Ajv's draft-04 validator as that package does; then the cross-references the schema cannot
 * express (every actionId names a runtime action, ids are unique, an event runtime has the
 * classic-Outlook script, buttons carry 16/32/80 px icons, event types are known).
 * Each problem names its JSON Pointer path, e.g. /extensions/0/autoRunEvents/0/events/2/actionId.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv-draft-04";
import addFormats from "ajv-formats";
import { EVENT_NAMES } from "./unifiedManifest";
import type { ManifestProblem } from "./checkManifest";

const SCHEMA_DIR = path.join(__dirname, "..", "..", "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");

/** Where the schema for a manifestVersion ("1.30", "devPreview") lives in node_modules. */
export function schemaPath(manifestVersion: string): string {
  return path.join(SCHEMA_DIR, `v${manifestVersion === "devPreview" ? "DevPreview" : manifestVersion}`, "MicrosoftTeams.schema.json");
}

const compiled = new Map<string, ValidateFunction>();
function validatorFor(manifestVersion: string): ValidateFunction | string {
  const cached = compiled.get(manifestVersion);
  if (cached) return cached;
  const file = schemaPath(manifestVersion);
  if (!/^(\d+\.\d+|devPreview)$/.test(manifestVersion) || !existsSync(file)) {
    return `manifestVersion "${manifestVersion}" has no schema in node_modules/@microsoft/app-manifest (looked for ${path.relative(process.cwd(), file)}).`;
  }
  // The published schemas contain "\a" and "\v" escapes JSON.parse rejects; the package itself
  // rewrites them the same way before parsing.
  const schema = JSON.parse(readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b")) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  compiled.set(manifestVersion, validate);
  return validate;
}

function describe(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
      return `has unknown property "${String(p.additionalProperty)}".`;
    case "type":
      return `must be of type ${String(p.type)}.`;
    case "pattern":
      return `does not match the pattern ${String(p.pattern)}.`;
    case "enum":
      return `must be one of: ${(p.allowedValues as unknown[]).filter((v) => v !== null).join(", ")}.`;
    default:
      return `${error.message ?? "is invalid"}.`;
  }
}

function problemOf(error: ErrorObject): ManifestProblem {
  // A missing property is named by its own path, so the message can say where it belongs.
  if (error.keyword === "required") return { path: `${error.instancePath}/${String((error.params as { missingProperty: unknown }).missingProperty)}`, message: "is required but missing." };
  return { path: error.instancePath || "/", message: describe(error) };
}

/** Ajv's errors as problems: the failures inside an anyOf/oneOf (one per alternative) become one
 * problem listing the alternatives; "not" only says an alternative did not apply. */
function schemaProblems(errors: ErrorObject[]): ManifestProblem[] {
  const alternatives = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  const inside = (e: ErrorObject) => alternatives.some((a) => a !== e && e.schemaPath.startsWith(`${a.schemaPath}/`));
  const problems: ManifestProblem[] = [];
  for (const error of errors) {
    if (error.keyword === "not" || error.keyword === "if" || inside(error)) continue;
    if (error.keyword === "anyOf" || error.keyword === "oneOf") {
      const options = errors.filter((e) => e.keyword !== "not" && e.schemaPath.startsWith(`${error.schemaPath}/`)).map((e) => {
        const p = problemOf(e);
        return `${p.path} ${p.message.replace(/\.$/, "")}`;
      });
      problems.push({ path: error.instancePath || "/", message: `matches none of the allowed forms (${[...new Set(options)].join("; or ")}).` });
    } else {
      problems.push(problemOf(error));
    }
  }
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(`${p.path} ${p.message}`) && seen.add(`${p.path} ${p.message}`));
}

const FIX_SIZES = [16, 32, 80];

interface Shape {
  manifestVersion?: unknown;
  extensions?: {
    runtimes?: { id?: string; code?: { script?: string }; actions?: { id?: string; type?: string }[] }[];
    ribbons?: { tabs?: { groups?: { controls?: { actionId?: string; icons?: { size?: number }[] }[] }[] }[] }[];
    autoRunEvents?: { events?: { type?: string; actionId?: string; options?: { sendMode?: string } }[] }[];
  }[];
}

/** What the schema cannot say: references between runtimes, ribbons and events. */
function crossReferences(manifest: Shape): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const knownEvents = new Set(Object.values(EVENT_NAMES));
  (manifest.extensions ?? []).forEach((extension, e) => {
    const base = `/extensions/${e}`;
    const actions = new Map<string, { type?: string; runtime: number }>();
    const runtimeIds = new Set<string>();
    (extension.runtimes ?? []).forEach((runtime, r) => {
      if (runtime.id !== undefined) {
        if (runtimeIds.has(runtime.id)) problems.push({ path: `${base}/runtimes/${r}/id`, message: `runtime id "${runtime.id}" is used twice.` });
        runtimeIds.add(runtime.id);
      }
      (runtime.actions ?? []).forEach((action, a) => {
        if (action.id === undefined) return;
        if (actions.has(action.id)) problems.push({ path: `${base}/runtimes/${r}/actions/${a}/id`, message: `action id "${action.id}" is used twice.` });
        actions.set(action.id, { type: action.type, runtime: r });
      });
    });
    const eventRuntimes = new Set<number>();
    (extension.autoRunEvents ?? []).forEach((group, g) => {
      (group.events ?? []).forEach((event, i) => {
        const at = `${base}/autoRunEvents/${g}/events/${i}`;
        if (event.type !== undefined && !knownEvents.has(event.type)) problems.push({ path: `${at}/type`, message: `event type "${event.type}" is not an Outlook event the unified manifest supports.` });
        if (event.type === "messageSending" || event.type === "appointmentSending") {
          if (!event.options?.sendMode) problems.push({ path: `${at}/options`, message: `a ${event.type} event needs options.sendMode (SafeShare uses softBlock).` });
        }
        if (event.actionId === undefined) return;
        const action = actions.get(event.actionId);
        if (!action) problems.push({ path: `${at}/actionId`, message: `actionId "${event.actionId}" names no action in ${base}/runtimes.` });
        else if (action.type !== "executeFunction") problems.push({ path: `${at}/actionId`, message: `actionId "${event.actionId}" names an action of type ${action.type}; events need executeFunction.` });
        else eventRuntimes.add(action.runtime);
      });
    });
    // Classic Outlook on Windows runs event handlers in a JavaScript-only runtime that loads
    // code.script; without it the events silently never fire there.
    for (const r of eventRuntimes) {
      if (!extension.runtimes?.[r]?.code?.script) problems.push({ path: `${base}/runtimes/${r}/code`, message: `runtime "${extension.runtimes?.[r]?.id}" handles events but has no code.script for classic Outlook on Windows.` });
    }
    (extension.ribbons ?? []).forEach((ribbon, rb) =>
      (ribbon.tabs ?? []).forEach((tab, t) =>
        (tab.groups ?? []).forEach((group, gr) =>
          (group.controls ?? []).forEach((control, c) => {
            const at = `${base}/ribbons/${rb}/tabs/${t}/groups/${gr}/controls/${c}`;
            if (control.actionId !== undefined && !actions.has(control.actionId)) problems.push({ path: `${at}/actionId`, message: `actionId "${control.actionId}" names no action in ${base}/runtimes.` });
            const sizes = new Set((control.icons ?? []).map((i) => i.size));
            const missing = FIX_SIZES.filter((s) => !sizes.has(s));
            if (missing.length > 0) problems.push({ path: `${at}/icons`, message: `needs icons of ${missing.join(", ")} px (16, 32 and 80 are required).` });
          }),
        ),
      ),
    );
  });
  return problems;
}

/** Every problem found in a parsed manifest.json; [] when it passes. */
export function checkUnifiedManifest(manifest: unknown): ManifestProblem[] {
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) return [{ path: "/", message: "the manifest must be a JSON object." }];
  const version = (manifest as Shape).manifestVersion;
  if (typeof version !== "string") return [{ path: "/manifestVersion", message: "is missing or not a string; it selects the schema to check against." }];
  const validate = validatorFor(version);
  if (typeof validate === "string") return [{ path: "/manifestVersion", message: validate }];
  const problems: ManifestProblem[] = [];
  if (!validate(manifest)) problems.push(...schemaProblems(validate.errors ?? []));
  return [...problems, ...crossReferences(manifest as Shape)];
}

/** Parses manifest.json text and checks it; a JSON syntax error is one problem. */
export function checkUnifiedManifestText(text: string): ManifestProblem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return [{ path: "/", message: `not valid JSON: ${(error as Error).message}` }];
  }
  return checkUnifiedManifest(parsed);
}
