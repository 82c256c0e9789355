import { describe, expect, it } from 'vitest'
import { readRequestLine } from '../../src/extract/request-line.js'

describe('readRequestLine', () => {
  it.each([
    ['GET /me/drive', 'GET', '/me/drive'],
    [
      "GET https://graph.microsoft.com/v1.0/users?$filter=displayName eq 'Ann'",
      'GET',
      "https://graph.microsoft.com/v1.0/users?$filter=displayName eq 'Ann'",
    ],
    ['GET /me/drive HTTP/1.1', 'GET', '/me/drive'],
    [
      'POST HTTP/2.0 https://graph.microsoft.com/beta/riskyUsers',
      'POST',
      'https://graph.microsoft.com/beta/riskyUsers',
    ],
    ['  DELETE /me/events/{id}  ', 'DELETE', '/me/events/{id}'],
    // The verb in another case (Defender for Endpoint's delete-ti-indicator-by-id.md).
    [
      'Delete https://api.securitycenter.microsoft.com/api/indicators/{id}',
      'DELETE',
      'https://api.securitycenter.microsoft.com/api/indicators/{id}',
    ],
  ])('%s', (line, method, target) => {
    expect(readRequestLine(line)).toEqual({ method, target })
  })

  it('reads no other line', () => {
    expect(readRequestLine('HTTP/1.1 200 OK')).toBeUndefined()
    expect(readRequestLine('GET')).toBeUndefined()
    expect(readRequestLine('Content-Type: application/json')).toBeUndefined()
  })
})
