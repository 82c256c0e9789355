/**
 * A browser's `fetch` must be called with the global object (or nothing) as `this`: called as a
 * method of another object it throws "Illegal invocation". The client calls the `fetch` it holds
 * as a plain function.
 */
import { expect, it } from 'vitest'
import { createClient } from '../../generated/client/index.js'

it('calls fetch as a plain function, not as a method of the client', async () => {
  const receivers: unknown[] = []
  const fetch = function (this: unknown) {
    receivers.push(this)
    return Promise.resolve(new Response('{"value":[]}', { headers: { 'content-type': 'application/json' } }))
  }
  const client = createClient({ baseUrl: 'https://graph.example/v1.0', fetch })
  await client.deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.get()
  expect(receivers).toEqual([undefined])
})
