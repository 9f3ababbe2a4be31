export {
  MODEL_A,
  MODEL_B,
  MODEL_C,
  MODEL_D,
  MODELS,
  DEFAULT_MODEL,
  parseModel,
  validateModel,
  type ClusterModel,
  type ClusterNumber,
  type Centre,
} from "./models";
export {
  cluster,
  clusterOfSides,
  centres,
  risk,
  riskDetail,
  clusterName,
  type RiskDetail,
  type Sides,
} from "./quadrant";
export { adjusted } from "./adjusted";
export { kmeans, type KMeansResult, type KMeansCluster, type KMeansOptions } from "./kmeans";
export { stability, type Stability, type StabilityOptions } from "./stability";
export { describeCentre, NEAR_MEAN, type VariableWords } from "./cluster-description";
export { seededRandom, type RandomSource } from "../stats/prng";
