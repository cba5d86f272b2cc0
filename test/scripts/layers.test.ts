import path from "node:path";
import { ESLint } from "eslint";

const ROOT = path.join(__dirname, "..", "..");

/** The no-restricted-imports messages ESLint gives `code` as if it were the file at `file`. */
async function restricted(file: string, code: string): Promise<string[]> {
  // The config is required here: ESLint's own loader needs dynamic import, which jest's vm lacks.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, "eslint.config.js"));
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("layer directions (eslint.config.js, docs/ARCHITECTURE.md)", () => {
  it("policy/ imports nothing above it", async () => {
    expect(await restricted("src/policy/x.ts", 'import { readSnapshot } from "../outlook/readSnapshot";\nexport const y = readSnapshot;\n')).toHaveLength(1);
    expect(await restricted("src/policy/rules/x.ts", 'import { TaskPane } from "../../taskpane/TaskPane";\nexport const y = TaskPane;\n')).toHaveLength(1);
    expect(await restricted("src/policy/x.ts", 'import { detect } from "./detect";\nexport const y = detect;\n')).toHaveLength(0);
  });

  it("only src/outlook/ makes Office calls; the task pane and the Send handler go through its adapters", async () => {
    const call = 'import { officeCall } from "../outlook/officeAsync";\nexport const y = officeCall;\n';
    expect(await restricted("src/taskpane/x.ts", call)).toHaveLength(1);
    expect(await restricted("src/launchevent/x.ts", call)).toHaveLength(1);
    expect(await restricted("src/outlook/x.ts", 'import { officeCall } from "./officeAsync";\nexport const y = officeCall;\n')).toHaveLength(0);
  });

  it("outlook/ has no UI and does not reach up; the CLI does not use Outlook", async () => {
    expect(await restricted("src/outlook/x.ts", 'import { useState } from "react";\nexport const y = useState;\n')).toHaveLength(1);
    expect(await restricted("src/outlook/x.ts", 'import { TaskPane } from "../taskpane/TaskPane";\nexport const y = TaskPane;\n')).toHaveLength(1);
    expect(await restricted("src/cli/x.ts", 'import { readSnapshot } from "../outlook/readSnapshot";\nexport const y = readSnapshot;\n')).toHaveLength(1);
  });
});
