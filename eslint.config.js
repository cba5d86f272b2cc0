// ESLint flat config: TypeScript-aware recommended rules for the sources, tests and scripts.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const globals = require("globals");

module.exports = tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", ".certs/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // policy/ is pure: no Office, DOM, network or clock.
    files: ["src/policy/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-globals": ["error", "window", "document", "fetch", "XMLHttpRequest", "localStorage", "Office", "navigator"],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "policy/ has no clock: pass 'now' in." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "policy/ has no clock: pass 'now' in." },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "@fluentui/*", "fs", "node:*", "http", "https"], message: "policy/ is pure: no UI, file system or network." },
            { regex: "(^|/)(outlook|taskpane|launchevent|cli|preview)(/|$)", message: "policy/ is the bottom layer: it imports nothing above it." },
          ],
        },
      ],
    },
  },
  // Layer directions (docs/ARCHITECTURE.md): each layer uses only those below it, and only
  // src/outlook/ calls Office (the entry points hand Office in).
  {
    files: ["src/outlook/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "(^|/)(taskpane|launchevent|cli|preview)(/|$)", message: "outlook/ is below the task pane, the Send handler, the CLI and the preview." }, { regex: "^(react|react-dom|@fluentui/.*)$", message: "outlook/ has no UI." }] }],
    },
  },
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "(^|/)(launchevent|cli|preview)(/|$)", message: "The task pane does not use the Send handler, the CLI or the preview." }, { regex: "(^|/)outlook/officeAsync$", importNames: ["officeCall"], message: "Office calls belong in src/outlook/: add an adapter there." }] }],
    },
  },
  {
    files: ["src/launchevent/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "(^|/)(taskpane|cli|preview)(/|$)", message: "The Send handler does not use the task pane, the CLI or the preview." }, { regex: "^(react|react-dom|@fluentui/.*)$", message: "The Send handler has no UI." }, { regex: "(^|/)outlook/officeAsync$", importNames: ["officeCall"], message: "Office calls belong in src/outlook/: add an adapter there." }] }],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "(^|/)(taskpane|launchevent|outlook|preview)(/|$)", message: "The CLI reads files, not Outlook: it uses policy/ only." }] }],
    },
  },
  {
    files: ["test/**/*.ts", "scripts/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
);
