/**
 * What `doc2ts verify` finds: a code and a message, and where in the answer's body (a JSON
 * pointer) when it is about one value. `api/verify.ts` places each at its request example.
 */

export type VerifyCode =
  | 'verify-status'
  | 'verify-type'
  | 'verify-enum'
  | 'verify-shape'
  | 'verify-unknown-property'
  | 'verify-missing-property'
  | 'verify-unreachable'
  | 'verify-docs-contradiction'

/** One disagreement, before it is placed at its example. `pointer`: where in the answer's body. */
export interface Mismatch {
  code: VerifyCode
  message: string
  pointer?: string
}
