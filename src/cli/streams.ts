/** Where a command writes: its output and its messages. Free of Node's modules, as the library's
 *  declarations that name it must be (a consumer may have no Node types). */
export interface Io {
  out: (text: string) => void
  err: (text: string) => void
  /** True when stderr is a terminal (progress output is shown only then). */
  isTTY?: boolean
}
