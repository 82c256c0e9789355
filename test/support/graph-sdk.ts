/**
 * Microsoft's Graph JS SDK (`@microsoft/microsoft-graph-client`) with its default settings, pointed
 * at a mock over loopback HTTP: it prefixes `/v1.0` and follows `@odata.nextLink` as it does with Graph.
 */
import { Client, type PageCollection, PageIterator } from '@microsoft/microsoft-graph-client'
import { expect } from 'vitest'

export function graphSdkClient(baseUrl: string): Client {
  return Client.init({ authProvider: (done) => done(null, 'mock-token'), baseUrl })
}

/** Every item the SDK's PageIterator reads from `first` on, and the `@odata.deltaLink` it ends on (if any). */
export async function iterateAll(
  client: Client,
  first: PageCollection,
): Promise<{ items: unknown[]; deltaLink: string | undefined }> {
  const items: unknown[] = []
  const iterator = new PageIterator(client, first, (item) => {
    items.push(item)
    return true
  })
  await iterator.iterate()
  expect(iterator.isComplete()).toBe(true)
  return { items, deltaLink: iterator.getDeltaLink() }
}
