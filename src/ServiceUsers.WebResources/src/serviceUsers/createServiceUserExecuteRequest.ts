import { operationName, requestParameterTypes, type RequestParameterName } from "./customApiMetadata";
import { OperationType, StructuralProperty, type ExecuteRequestMetadata, type ParameterType } from "./executeRequestMetadata";
import type { SuppliedParameters } from "./suppliedParameters";

/**
 * The request object Xrm.WebApi.online.execute expects: the parameter values as own properties and
 * getMetadata on the prototype (the documented contract), so the values are all the object carries.
 */
export class CreateServiceUserExecuteRequest {
  [parameter: string]: unknown;

  constructor(parameters: SuppliedParameters) {
    Object.assign(this, parameters);
  }

  getMetadata(): ExecuteRequestMetadata {
    // Own properties are exactly the supplied parameters, so the metadata describes what is sent and nothing else.
    const parameterTypes: Record<string, ParameterType> = {};
    for (const name of Object.keys(this) as RequestParameterName[]) {
      parameterTypes[name] = {
        typeName: requestParameterTypes[name],
        structuralProperty: StructuralProperty.PrimitiveType,
      };
    }
    return {
      boundParameter: null,
      operationType: OperationType.Action,
      operationName,
      parameterTypes,
    };
  }
}
