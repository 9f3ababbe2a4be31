export { dynamics, type DynamicsSign } from "./dynamics";
export { resultsDynamics, type ProcedureSuccess, type ResultsDynamics } from "./results-dynamics";
