/**
 * How long each step of a build took, as data (`BuildResult.steps`, printed by the bench) and, on
 * request (`--timings`, `DOC2TS_TIMINGS=1`), as lines as each step ends:
 *   step extract took 812 ms
 * A part of a step is named `step:part` (`emit:openapi`) and ends, so is listed, before its step.
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
      this.end(step, started)
    }
  }

  timeSync<T>(step: string, run: () => T): T {
    const started = performance.now()
    try {
      return run()
    } finally {
      this.end(step, started)
    }
  }

  private end(step: string, started: number): void {
    const ms = performance.now() - started
    this.times.push({ step, ms })
    this.print?.(`step ${step} took ${Math.round(ms)} ms\n`)
  }
}
