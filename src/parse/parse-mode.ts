/**
 * How pages are parsed. `fast` (the default) lets hand-written readers stand in for remark where
 * they are proven to give the same page model and findings (`differential.corpus.test.ts`);
 * `remark` parses every section with unified + remark-parse + GFM tables, the reference.
 *   DOC2TS_PARSE=remark doc2ts generate docs
 */
export type ParseMode = 'fast' | 'remark'

/** The mode `DOC2TS_PARSE` names in `env`: `remark`, or `fast` for anything else. */
export function parseModeFrom(env: Readonly<Record<string, string | undefined>>): ParseMode {
  return env.DOC2TS_PARSE === 'remark' ? 'remark' : 'fast'
}
