/** Bad usage: reported as `doc2ts <command>: <message> (see <see>)`, exit code 2; `see` is the
 *  command's `--help` unless the error names what else to read. Free of Node's modules, as the
 *  library's declarations that name it must be (a consumer may have no Node types). */
export class UsageError extends Error {
  readonly see?: string
  constructor(message: string, see?: string) {
    super(message)
    if (see !== undefined) this.see = see
  }
}
