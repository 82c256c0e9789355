import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { mapConcurrently } from '../../src/map-concurrently.js'

describe('mapConcurrently', () => {
  it('keeps the items’ order whatever finishes first, with at most `limit` in flight', async () => {
    let running = 0
    let most = 0
    const delays = [30, 5, 20, 1, 10, 1, 15]
    const results = await mapConcurrently(delays, 3, async (delay, index) => {
      running++
      most = Math.max(most, running)
      await sleep(delay)
      running--
      return `${index}:${delay}`
    })
    expect(results).toEqual(delays.map((delay, index) => `${index}:${delay}`))
    expect(most).toBe(3)
  })

  it('runs nothing for no items, and propagates a failure', async () => {
    expect(await mapConcurrently([], 4, async () => 1)).toEqual([])
    await expect(
      mapConcurrently([1, 2], 2, async (n) => {
        if (n === 2) throw new Error('two')
        return n
      }),
    ).rejects.toThrow('two')
  })
})
