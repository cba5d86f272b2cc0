/** Stable finding ids: the same problem in the same place keeps its id across re-checks, so a
 * user's dismissal ("not personal data") keeps applying while they type elsewhere. */
export function findingId(rule: string, ...parts: (string | number | undefined)[]): string {
  return [rule].concat(parts.filter((p) => p !== undefined && p !== "").map(String)).join(":");
}
