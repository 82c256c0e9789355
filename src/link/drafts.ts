/**
 * Link's own copies of model objects: the types and operations it merges, resolves and fills in
 * before it hands the model on read-only (see `Draft` in `src/model.ts`). Page models stay as
 * extract made them.
 */
import type * as Model from '../model.js'
import type { Draft } from '../model.js'

export type TypeDef = Draft<Model.TypeDef>
export type ObjectTypeDef = Draft<Model.ObjectTypeDef>
export type EnumTypeDef = Draft<Model.EnumTypeDef>
export type OperationDef = Draft<Model.OperationDef>
export type TypeRef = Draft<Model.TypeRef>
export type UndocumentedType = Draft<Model.UndocumentedType>
