/**
 * The subset of OpenAPI 3.1 objects the exporter writes, as plain data.
 * Field order in these interfaces is the order the emitters write them in.
 */

/** A JSON Schema 2020-12 object as OpenAPI 3.1 embeds it. */
export interface SchemaObject {
  $ref?: string
  type?: string | string[]
  format?: string
  pattern?: string
  contentEncoding?: string
  contentMediaType?: string
  description?: string
  readOnly?: boolean
  deprecated?: boolean
  enum?: string[]
  items?: SchemaObject
  allOf?: SchemaObject[]
  anyOf?: SchemaObject[]
  properties?: Record<string, SchemaObject>
  required?: string[]
  additionalProperties?: boolean
  discriminator?: { propertyName: string; mapping: Record<string, string> }
  'x-doc2ts-undocumented'?: boolean
}

export interface ExampleObject {
  summary?: string
  value: unknown
}

export interface MediaTypeObject {
  schema: SchemaObject
  examples?: Record<string, ExampleObject>
}

export interface ParameterObject {
  name: string
  in: 'path' | 'query' | 'header'
  description?: string
  required: boolean
  schema: SchemaObject
  example?: string
}

export type ParameterOrRef = ParameterObject | { $ref: string }

export interface RequestBodyObject {
  description?: string
  required: boolean
  content: Record<string, MediaTypeObject>
}

export interface ResponseObject {
  description: string
  headers?: Record<string, HeaderObject>
  content?: Record<string, MediaTypeObject>
}

export interface HeaderObject {
  description?: string
  schema: SchemaObject
}

export type ResponseOrRef = ResponseObject | { $ref: string }

export type SecurityRequirement = Record<string, string[]>

export interface OperationObject {
  tags: string[]
  summary: string
  description?: string
  operationId: string
  parameters?: ParameterOrRef[]
  requestBody?: RequestBodyObject
  responses: Record<string, ResponseOrRef>
  security?: SecurityRequirement[]
  /** Why the path is only an approximation of the documented one. */
  'x-doc2ts-inexact'?: string[]
  /** Every page documenting this (verb, path), when several do. */
  'x-doc2ts-pages': string[]
}

export type PathItemObject = Partial<Record<'get' | 'put' | 'post' | 'delete' | 'patch', OperationObject>>

export interface OAuthFlow {
  authorizationUrl?: string
  tokenUrl: string
  scopes: Record<string, string>
}

export interface SecuritySchemeObject {
  type: 'oauth2'
  description: string
  flows: { authorizationCode?: OAuthFlow & { authorizationUrl: string }; clientCredentials?: OAuthFlow }
}

export interface TagObject {
  name: string
  description?: string
}

export interface OpenApiDocument {
  openapi: '3.1.0'
  info: { title: string; version: string; description?: string }
  servers: { url: string; variables?: Record<string, { default: string; description: string }> }[]
  security: SecurityRequirement[]
  tags: TagObject[]
  paths: Record<string, PathItemObject>
  components: {
    schemas: Record<string, SchemaObject>
    parameters: Record<string, ParameterObject>
    responses: Record<string, ResponseObject>
    securitySchemes: Record<string, SecuritySchemeObject>
  }
}
