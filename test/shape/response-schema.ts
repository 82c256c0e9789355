/** A JSON Schema 2020-12 validator for a Schema Object of an OpenAPI 3.1 document, its
 *  `#/components/schemas/…` references resolved in that document. */
import { Ajv2020 } from 'ajv/dist/2020.js'

export function validatorFor(document: object, schema: object) {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true })
  return ajv.compile({ ...schema, components: (document as { components?: unknown }).components })
}
