// ESLint: type-aware TypeScript rules, Prettier for formatting, and the layer rule: src/core imports
// nothing from Office, React, Fluent, Node's fs or any other layer of the project.
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "examples/**",
      "docs/**",
      "*.config.js",
      "*.config.mjs",
      "bin/**",
      "scripts/*.js",
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "@fluentui/*", "exceljs", "office-*", "@microsoft/*"],
              message: "src/core is pure: no UI, Office or file libraries.",
            },
            {
              group: ["fs", "node:*", "path", "os", "child_process"],
              message: "src/core is pure: no Node I/O.",
            },
            {
              group: [
                "**/hosts/**",
                "**/functions/**",
                "**/taskpane/**",
                "**/cli/**",
                "**/commands/**",
                "**/runtime/**",
              ],
              message: "src/core must not depend on outer layers.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window"],
    },
  },
  {
    files: ["test/**/*.ts", "test/**/*.tsx", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
  prettier,
);
