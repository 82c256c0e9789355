/**
 * Each closed HTML comment of the text: where its text starts and the text, between `<!--` (and
 * further dashes) and `-->` (and dashes before it). Scanned by position, as a comment ends at the
 * first `-->`: a lazy pattern over the page retried from every `<!--` that never closes (a long
 * line of them) took quadratic time.
 */
export function* htmlComments(text: string): Generator<{ start: number; inner: string }> {
  for (let open = text.indexOf('<!--'); open >= 0; ) {
    const close = text.indexOf('-->', open + 4)
    if (close < 0) return
    let start = open + 4
    while (start < close && text[start] === '-') start++
    let end = close
    while (end > start && text[end - 1] === '-') end--
    yield { start, inner: text.slice(start, end) }
    open = text.indexOf('<!--', close + 3)
  }
}
