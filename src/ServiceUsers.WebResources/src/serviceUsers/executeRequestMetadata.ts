/**
 * What Xrm.WebApi.online.execute reads from a request's getMetadata().
 * @types/xrm types the request as `any`, so the contract is spelled out here.
 */

export const OperationType = {
  Action: 0,
  Function: 1,
  CRUD: 2,
} as const;

export const StructuralProperty = {
  Unknown: 0,
  PrimitiveType: 1,
  ComplexType: 2,
  EnumerationType: 3,
  Collection: 4,
  EntityType: 5,
} as const;

export interface ParameterType {
  typeName: string;
  structuralProperty: (typeof StructuralProperty)[keyof typeof StructuralProperty];
}

export interface ExecuteRequestMetadata {
  /** null for an unbound (global) operation, "entity" for a bound one. */
  boundParameter: null | "entity";
  operationType: (typeof OperationType)[keyof typeof OperationType];
  operationName: string;
  parameterTypes: Record<string, ParameterType>;
}
