export { numericColumn, numericPairs, flattenGrid, type NumericPairs } from "./numeric-column";
export { summarize, type ColumnSummary } from "./describe";
export { standardizeColumns, type Standardized } from "./standardize";
export { linearFit, type LinearFit } from "./regression";
export { ContentCache, type RangeLike } from "./content-cache";
export { rangeKey } from "./content-hash";
export { LruCache } from "./lru-cache";
export {
  computeDistrictStats,
  districtStats,
  clearDistrictStatsCache,
  type DistrictStats,
  type DistrictRange,
} from "./district-stats";
