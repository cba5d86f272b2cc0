/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
    // ES-module-only data packages (the HTML entity list) read by tests and scripts/data.
    "[\\/]node_modules[\\/]character-entities(-legacy)?[\\/].+\\.js$": ["babel-jest", { presets: [["@babel/preset-env", { targets: { node: "current" } }]] }],
  },
  transformIgnorePatterns: ["[\\/]node_modules[\\/](?!character-entities(-legacy)?[\\/])"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
