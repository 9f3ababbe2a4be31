/**
 * Every custom-functions file, imported so that it is part of the runtime bundle (the runtime entry imports
 * this file). Each file's functions are registered by CustomFunctionsMetadataPlugin, which appends
 * `CustomFunctions.associate(id, fn)` to every file in its `input` list: the list is every `src/functions/*.ts`
 * containing "@customfunction" (the same files test/functions/metadata.test.ts reads). Add a line here and
 * nothing else when you add a file.
 */
import "./school-id";
import "./criteria";
import "./indicators";
import "./clusters";

export { mapCells, toCell, toCellMatrix, toCellValue, zipCells, type CellResult } from "./arrays";
export {
  createExcelError,
  excelErrorName,
  toExcelError,
  EXCEL_ERROR_CODES,
  type ExcelErrorName,
} from "./excel-errors";
