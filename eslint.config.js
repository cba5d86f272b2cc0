// ESLint flat config: TypeScript-aware recommended rules for the sources, tests and scripts.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const globals = require("globals");

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", ".certs/**"] },
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
      "no-restricted-imports": ["error", { patterns: ["react", "react-dom", "@fluentui/*", "fs", "node:*", "http", "https"] }],
    },
  },
  {
    files: ["test/**/*.ts", "scripts/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
);
