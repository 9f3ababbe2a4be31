/** The public API of the pure core: cells, tables, workbook map, school identity. */
export { ok, fail, type Result } from "./result";
export { issue, ISSUE_CODES, type Issue, type IssueCode } from "./issue-codes";
export { messageRu } from "./messages-ru";
export { capitalRu, COLUMN_ROLE_RU, MAP_SOURCE_RU, SHEET_KIND_RU } from "./labels-ru";
export type { CellValue, CellGrid, SheetValues } from "./cells/cell-value";
export { excelErrorText } from "./cells/excel-error";
export { parseNumber, type NumberOptions } from "./cells/russian-number";
export { a1, columnLetters } from "./cells/a1";
export { cellText, foldText, isBlankCell } from "./cells/cell-text";
export {
  COLUMN_ROLES,
  isColumnRole,
  isPercentByNature,
  mayBePercent,
  type ColumnRole,
} from "./tables/column-role";
export { recognizeHeader, recognizeHeaderPair, headerUnit, type HeaderGuess } from "./tables/header-synonyms";
export { detectHeader, type HeaderBlock, type HeaderLabel } from "./tables/header-detection";
export { columnUnits, looksLikeFractions, type ColumnUnits } from "./tables/column-units";
export { classifyRow, isAggregateLabel, isTotalLabel, splitLogin, type SkipReason } from "./tables/row-kind";
export { readTable, type ColumnOverride, type ReadTableOptions } from "./tables/read-table";
export type { Table, TableColumn, TableRow, SkippedRow } from "./tables/table";
export { cellAddress, cellOf, columnOf, columnsOf, numberOf } from "./tables/table-access";
export {
  SHEET_KINDS,
  kindFromColumns,
  kindFromText,
  recognizeSheetKind,
  type KindGuess,
  type SheetKind,
} from "./workbook/sheet-kind";
export { yearFromCell, yearFromText } from "./workbook/year";
export { schoolKeysByRow } from "./workbook/row-schools";
export {
  compositeIndex,
  INDEX_IDS,
  listMeasures,
  type Measure,
  type MeasureGroup,
} from "./workbook/measure-list";
export { collectProcedures, latestYear, type Procedure, type ProcedureValue } from "./criteria/procedures";
export { correctionFor, type SheetCorrection, type WorkbookCorrections } from "./workbook/corrections";
export {
  buildWorkbookMap,
  type MappedColumn,
  type MatchedSchool,
  type SheetMap,
  type UnmatchedSchool,
  type WorkbookMap,
} from "./workbook/workbook-map";
export {
  buildRegistry,
  isSpecialSchool,
  readSchoolName,
  resolveSchool,
  schoolId,
  specialKindOf,
  type ParsedSchool,
  type SchoolEntry,
  type SchoolRegistry,
} from "./schools";
