/**
 * The sentinel of an evolvable enum (Microsoft's API guidelines): members listed after
 * `unknownFutureValue` reach only clients that ask for them with
 * `Prefer: include-unknown-enum-members`. The docs spell it in any case (`unknownfuturevalue`).
 */
export function isSentinel(member: { readonly name: string }): boolean {
  return member.name.toLowerCase() === 'unknownfuturevalue'
}
