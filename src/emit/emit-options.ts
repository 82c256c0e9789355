/** How the outputs are written, beside the model. */
export interface EmitOptions {
  /** Type each property declared with a base type that has derived types as the union of them
   *  (`AnyX`), as the client types the values it returns; default: the base type itself, as
   *  Microsoft's own TypeScript types declare it. */
  propertyUnions: boolean
}

export const DEFAULT_EMIT_OPTIONS: EmitOptions = { propertyUnions: false }
