/**
 * What an HTTP status says of the body that comes with it (RFC 9110), the one reading of it that
 * the response shape, openapi.json and the mock share.
 */

/** A 2xx. */
export function isSuccess(status: number): boolean {
  return status >= 200 && status < 300
}

/** 1xx, `204 No Content`, `205 Reset Content`, `304 Not Modified`: never a body. */
export function carriesNoContent(status: number): boolean {
  return status < 200 || status === 204 || status === 205 || status === 304
}

/** A redirect (3xx but `304 Not Modified`): its result is where its `Location` leads, not its body. */
export function isRedirect(status: number): boolean {
  return status >= 300 && status < 400 && status !== 304
}

/** Whether an answer of this status has a body to show: neither of the above. */
export function mayCarryContent(status: number): boolean {
  return !carriesNoContent(status) && !isRedirect(status)
}
