/**
 * The session: everything that outlives one build, as fields of one object that the build passes
 * to each step. A `generate` makes one for its single run; `watch` keeps one for all its saves, so
 * that a save costs in proportion to what changed. No module holds model-derived state: each memo
 * is here, with its key and what invalidates it.
 *
 * Memos keyed by the identity of objects rely on the model being read-only once built: page models
 * parsed from the cache are deep-frozen in a lasting session, and the linked model is `Readonly`
 * by type (`LinkedModel`) and deep-frozen in tests.
 *
 *   field              key                                  invalidated by
 *   pageKeys           page file, kept with its text and    another text for that file, or
 *                      doc2ts's version                     another version
 *   pages              page file → cache entry (hash)       a page whose key changed (re-extracted)
 *   pageCache          the page cache file as last read     rewritten by the record step
 *   parsed             cache entry object                   a new entry (a changed page)
 *   examples           example object                       (never: a changed example is a new object)
 *   link.bodies        example body text                    replaced by each link (bodies it read)
 *   link.merges        first definition object, then the    another list of definition objects
 *                      list of definition objects
 *   link.last          page file → page model (frozen),     a page added or deleted, an unfrozen
 *                      with the type groups, each page      page, or a page whose `structureOf`
 *                      operation's place and the interned   (all link reads but descriptions)
 *                      model: a save that changed only      changed: then link runs in full
 *                      descriptions remakes the types and
 *                      operations that hold them
 *   link.structures    frozen page model object             (never: a changed page is a new object)
 *   interner           type / placeholder name, op. id      a part not deep-equal to the last run's
 *                      (the records and list themselves     (any part changed); after a description
 *                      when no part changed)                save only the parts link remade are compared
 *   checks.brokenLinks page model object, plus the docs     another docs tree (list of files) or
 *                      tree and the anchors it read         other anchors of a linked page (read
 *                                                           again only if that page changed)
 *   checks.responseSentences page model object, plus the    a stale key: a type it looked up, by
 *                      keys of the types it looked up       name or link target, or one of their
 *                                                           base types, changed
 *   checks.inheritedMembers page model object, plus the     a stale key: the page's type, its base
 *                      keys of the types it looked up       types or one they name, changed
 *   checks.last        the pages, their facts and the model replaced by each check
 *                      last checked (what changed since is
 *                      found against them: `src/check/run-changes.ts`)
 *   checks.pageIndex   facts by file, lower-case files      another list of files; a changed page's
 *                                                           facts replaced
 *   checks.exampleBodies operation object, plus the keys     a stale key: a type its questions
 *                      its model questions were answered    read changed but for descriptions (or
 *                      from, the root aliases and the       one deriving from a type it asked
 *                      types' namespaces                    for), or the members a page it read
 *                                                           says its type's representation requires;
 *                                                           other root aliases or namespaces
 *   checks.exampleRoutes operation object, plus the root     other root aliases (another operation
 *                      aliases and the types' namespaces    list) or other namespaces
 *   openapi.templates  route object                         (never: a route's template is its own)
 *   openapi.routeEntries / inexact / securitySchemes
 *                      the list of operation objects        another list (other objects or order)
 *   openapi.pathItems  the route entries and resource tags  other entries or tags
 *   openapi.pathItemKeys path item input object             (never: a new input is a new object)
 *   openapi.responseForms path item input object, plus the   another object at a type name it read
 *                      model parts it read (lasting only)   (`ReadMemo`)
 *   openapi.schemas    type object, plus its descendants    other descendants
 *   openapi.acceptedKeys schema object                      (never: a changed type's schema is a
 *                                                           new object)
 *   shapes.operations  operation object, plus whether its   another answer (a changed operation
 *                      response type is an enum             is another object)
 *   shapes.listings    the listings made again              listings that say otherwise
 *   shapes.baseTypes   the base types made again            base types that say otherwise
 *   shapes.owners      the operation list, the listings     another list, other listings or
 *                      and the base types                   other base types
 *   shapes.service / rootAliases
 *                      the operation list                   another list
 *   client.methods     first route, plus the verb, the      other inputs, or another object at a
 *                      routes, listings, base types and     type name it read (`ReadMemo`)
 *                      type names, and the model parts the
 *                      view read
 *   client.listingTexts listing object                      (never: a changed listing is a new
 *                                                           object)
 *   client.last        the operation list and type names,   another list or names, or a method
 *                      and each method view                 view made again
 *   server.routes / mocks / handlers
 *                      operation, plus its handler name,    other inputs, or another object at a
 *                      route owners, shapes, served routes  type name it read (`ReadMemo`)
 *                      and the model parts it read
 *   server.definitions type object, plus the base types     likewise
 *   server.handlerNames the operation list                  another list
 *   reference.groups   the operation list and the types'    another list, other names or kinds
 *                      names and kinds
 *   reference.keys     unit object, plus the types' names   other names or kinds, other
 *                      and kinds and its pages' diagnostics diagnostics of its pages
 *   emitUnits          content hash of a unit's inputs      not used by the last run of its emitter
 *   derived            model part object, then a tag        (never: a changed part is a new object)
 *   encoder            output part text                     not written by the last write
 *   lastRecord         the run's input hash and outputs     another input hash or changed outputs
 * WeakMaps let go of what the model no longer holds.
 */
import { CheckMemo } from '../check/check-memo.js'
import { ClientMemo } from '../emit/client/client-memo.js'
import type { DerivedTexts } from '../emit/memo.js'
import { OpenApiMemo } from '../emit/openapi/openapi-memo.js'
import { ReferenceMemo } from '../emit/reference/reference-memo.js'
import { ServerMemo } from '../emit/server/server-memo.js'
import { LinkMemo } from '../link/link-memo.js'
import { KeptShapes } from '../shape/api-shape.js'
import { ExampleReads } from '../shape/examples.js'
import type { CachedPage, PageCacheFile } from '../store/page-cache.js'
import { pageHash } from '../store/page-hash.js'
import type { RunRecord } from '../store/run-record.js'
import { textHash } from '../store/text-hash.js'
import { OutputEncoder } from '../write/output-bytes.js'
import { ModelInterner } from './model-interner.js'
import { type ParsedPage, ParsedPages, parseEntry } from './parsed-pages.js'

export class Session {
  /** The page cache entries of the last run; unset until loaded or built. */
  pages: ReadonlyMap<string, CachedPage> | undefined
  /** The page cache file as last read or written (what the next save appends to). */
  pageCache: PageCacheFile | undefined
  readonly interner = new ModelInterner()
  /** The examples' bodies and request targets, each read once for link, shape and the checks. */
  readonly examples = new ExampleReads()
  readonly link = new LinkMemo(this.interner, this.examples)
  readonly openapi: OpenApiMemo
  readonly checks: CheckMemo
  /** Each operation's shape, for the next emit of a lasting session. */
  readonly shapes = new KeptShapes()
  /** The client's views, with what each read of the model, for the next emit. */
  readonly client = new ClientMemo()
  /** The server's route table entries and mock examples, likewise. */
  readonly server = new ServerMemo()
  /** The reference's resource groups and unit keys. */
  readonly reference = new ReferenceMemo()
  /** The emitters' unit texts the last run used; unset until read from the store. */
  emitUnits: ReadonlyMap<string, string> | undefined
  readonly derived: DerivedTexts = new WeakMap()
  readonly encoder = new OutputEncoder()
  /** The record the last run made; unset until one did. */
  lastRecord: RunRecord | undefined
  readonly #parsed = new ParsedPages()
  readonly #pageKeys = new Map<string, { text: string; version: string; key: string }>()

  /**
   * `lasting`: more runs will follow (watch mode, tests of saves). Only then are parsed page
   * models frozen and kept, and output hashes recorded without a store: a single run would pay
   * for what no later run reads.
   */
  constructor(readonly lasting = false) {
    this.openapi = new OpenApiMemo(lasting)
    this.checks = new CheckMemo(this.openapi)
  }

  /** The page's cache key (`pageHash` of its text's digest), made again only for a page whose
   *  text changed: a save would otherwise hash every page of the docs twice. */
  pageKey(version: string, file: string, text: string): string {
    const known = this.#pageKeys.get(file)
    if (known?.text === text && known.version === version) return known.key
    const key = pageHash(version, file, textHash(text))
    this.#pageKeys.set(file, { text, version, key })
    return key
  }

  /** A cache entry's page model and page checks, parsed once per entry in a lasting session. */
  readonly parse = (entry: CachedPage): ParsedPage =>
    this.lasting ? this.#parsed.get(entry) : parseEntry(entry)
}
