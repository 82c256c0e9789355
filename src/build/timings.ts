/**
 * How long each step of a build took, as data (`BuildResult.steps`, printed by the bench) and, on
 * request (`--timings`, `DOC2TS_TIMINGS=1`), as lines as each step ends:
 *   step extract took 812 ms
 */
export interface StepTime {
  step: string
  ms: number
}

export class StepClock {
  readonly times: StepTime[] = []

  /** `print`: where each step's line goes; unset: nothing is printed. */
  constructor(private readonly print?: (line: string) => void) {}

  async time<T>(step: string, run: () => T | Promise<T>): Promise<T> {
    const started = performance.now()
    try {
      return await run()
    } finally {
      const ms = performance.now() - started
      this.times.push({ step, ms })
      this.print?.(`step ${step} took ${Math.round(ms)} ms\n`)
    }
  }
}
