/**
 * The add-in version recorded in every generated sheet («Параметры и журнал», report feet) and printed by
 * the command line. Kept equal to `version` in package.json by test/cli/version.test.ts (a constant, so
 * that the bundled task pane and the CLI report the same version without reading files at run time).
 * @example `ШНОР ${CLI_VERSION}` // "ШНОР 0.1.0"
 */
export const CLI_VERSION = "0.1.0";
