/** The command line's public API: run it in-process, register commands, shared helpers for commands. */
export { runCli, usageText } from "./run-cli";
export { COMMANDS } from "./commands";
export type { CliCommand } from "./command";
export { EXIT, bufferIo, processIo, type BufferIo, type CliIo } from "./io";
export { parseArgs, type ArgSpec, type ArgsResult, type ParsedArgs } from "./args";
export { openWorkbookFile, type OpenResult, type OpenedWorkbook } from "./workbook-file";
export { SHEET_KIND_RU, COLUMN_ROLE_RU, MAP_SOURCE_RU as SOURCE_RU } from "../core/labels-ru";
export { inspectCommand, inspectJson, inspectText, type InspectJson } from "./inspect";
