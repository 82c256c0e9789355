/**
 * A route ending in a type cast answers the type it casts to (`src/shape/route-cast.ts`), where
 * the page's routes cast to several: every output says so, from the one route shape.
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'
import { shapeApi } from '../../src/shape/api-shape.js'

// Cut from today's resources/place.md, room.md and roomlist.md.
const resource = (name: string, rows: string, base?: string) => `---
doc_type: resourcePageType
---
# ${name} resource type

Namespace: microsoft.graph

## Properties

| Property | Type | Description |
|:---|:---|:---|
${rows}

## JSON representation

<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.${name}"${base ? `, "baseType": "microsoft.graph.${base}"` : ''} } -->
\`\`\`json
{ "@odata.type": "#microsoft.graph.${name}" }
\`\`\`
`
const place = resource(
  'place',
  '| displayName    | String | The name associated with the place. |\n| id             | String | Unique identifier for the place. Read-only. |',
)
const room = resource(
  'room',
  '| capacity               | Int32 | Specifies the capacity of the room. |\n| emailAddress           | String | Email address of the room. |',
  'place',
)
const roomList = resource(
  'roomList',
  '| emailAddress   | String | The email address of the room list. |\n| rooms        | [place](place.md) collection | Read-only. Nullable. |',
  'place',
)

// Cut from today's api/place-list.md: its three routes cast to room, to roomList (written
// `roomlist`) and, before `/rooms`, to roomList; each example's annotation names what it shows.
const example = (name: string, path: string, type: string, body: string) => `<!-- {
  "blockType": "request",
  "name": "${name}"
}-->

\`\`\`msgraph-interactive
GET https://graph.microsoft.com/v1.0${path}
\`\`\`

#### Response

<!-- {
  "blockType": "response",
  "name": "${name}",
  "truncated": true,
  "@odata.type": "microsoft.graph.${type}",
  "isCollection": true
} -->

\`\`\`http
HTTP/1.1 200 OK
Content-type: application/json

{
  "value": [
    ${body}
  ]
}
\`\`\`

`
const placeList = `---
title: "List places"
doc_type: apiPageType
---

# List places

Namespace: microsoft.graph

Get a collection of the specified type of [place](../resources/place.md) objects defined in the tenant.

## HTTP request

<!-- { "blockType": "ignored" } -->

To get all the rooms in a tenant:

\`\`\`http
GET /places/microsoft.graph.room
\`\`\`

To get all the room lists in a tenant:

\`\`\`http
GET /places/microsoft.graph.roomlist
\`\`\`

To get all the rooms in the specified room list:

\`\`\`http
GET /places/{room-list-emailaddress}/microsoft.graph.roomlist/rooms
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a collection of [place](../resources/place.md) objects in the response body.

## Examples

### Example 1: List all the rooms defined in the tenant

${example('get_all_rooms', '/places/microsoft.graph.room', 'room', '{ "id": "3162F1E1-C4C0-604B-51D8-91DA78989EB1", "emailAddress": "cf100@contoso.com", "capacity": 50 }')}### Example 2: List all the room lists defined in the tenant

${example('get_all_roomlists', '/places/microsoft.graph.roomlist', 'roomList', '{ "id": "DC404124-302A-92AA-F98D-7B4DEB0C1705", "emailAddress": "bldg1@contoso.com" }')}### Example 3: List rooms contained in a room list

${example('get_rooms_in_roomlist', '/places/bldg2@contoso.com/microsoft.graph.roomlist/rooms', 'room', '{ "id": "3162F1E1-C4C0-604B-51D8-91DA78970B97", "emailAddress": "cf200@contoso.com", "capacity": 40 }')}`

const model = buildModel([
  { file: 'resources/place.md', text: place },
  { file: 'resources/room.md', text: room },
  { file: 'resources/roomlist.md', text: roomList },
  { file: 'api/place-list.md', text: placeList },
])
const list = model.operations.find((operation) => operation.id === 'place-list')
if (!list) throw new Error('no operation place-list')
const routeOf = (raw: string) => {
  const found = list.routes.find((route) => route.raw === raw)
  if (!found) throw new Error(`no route ${raw}`)
  return found
}
const ROOMS = '/places/microsoft.graph.room'
const ROOM_LISTS = '/places/microsoft.graph.roomlist'
const IN_ROOM_LIST = '/places/{room-list-emailaddress}/microsoft.graph.roomlist/rooms'

describe('the shape of routes that cast to several types', () => {
  const shapes = shapeApi(model)
  const item = (raw: string) => {
    const { response } = shapes.ofRoute(list, routeOf(raw))
    return response.kind === 'page' && response.item.kind === 'named' ? response.item.resolved : undefined
  }

  it('returns the base type they share for the operation, and no cast decides it', () => {
    expect(list.response.type).toMatchObject({ resolved: 'microsoft.graph.place' })
    const conflict = model.diagnostics.find(({ code }) => code === 'response-type-conflict')
    expect(conflict?.message).not.toMatch(/casts to/)
  })

  it('answers each cast route with a page of the type it casts to, in any letter case', () => {
    expect(item(ROOMS)).toBe('microsoft.graph.room')
    expect(item(ROOM_LISTS)).toBe('microsoft.graph.roomList')
  })

  it("answers a navigation below a cast with the operation's type, as the navigation's type says", () => {
    expect(item(IN_ROOM_LIST)).toBe('microsoft.graph.place')
  })

  it('shows each response example on the route its request called, only there', () => {
    const shown = (raw: string) =>
      shapes
        .ofRoute(list, routeOf(raw))
        .examples.filter(({ example }) => example.kind === 'response')
        .map(({ example }) => example.name)
    expect(shown(ROOMS)).toEqual(['get_all_rooms'])
    expect(shown(ROOM_LISTS)).toEqual(['get_all_roomlists'])
    expect(shown(IN_ROOM_LIST)).toEqual(['get_rooms_in_roomlist'])
  })
})

describe('the outputs of routes that cast to several types', () => {
  const files = emitAll(model)
  const text = (path: string) => files.find((file) => file.path === path)?.text ?? ''

  it("types the client's methods by the type each route casts to", () => {
    const client = text('client/index.ts')
    const getOf = (node: string) =>
      new RegExp(`interface ${node} \\{\\n(?:  .*\\n)*?  get\\(.*: Promise<Page<([\\w.]+)>>`).exec(
        client,
      )?.[1]
    expect(getOf('PlacesMicrosoftGraphRoom')).toBe('T.Room')
    expect(getOf('PlacesMicrosoftGraphRoomlist')).toBe('T.RoomList')
    expect(getOf('PlacesItemMicrosoftGraphRoomlistRooms')).toBe('T.AnyPlace')
  })

  it('gives each path of OpenAPI a page of the type its route casts to', () => {
    const document = JSON.parse(text('openapi.json') || '{}') as OpenApiDocument
    const items = (path: string) => {
      const response = document.paths[path]?.get?.responses['200']
      const schema = response && 'content' in response ? response.content?.['application/json']?.schema : {}
      return (schema as { properties?: { value?: { items?: unknown } } }).properties?.value?.items
    }
    expect(items(ROOMS)).toEqual({ $ref: '#/components/schemas/microsoft.graph.room' })
    expect(items(ROOM_LISTS)).toEqual({ $ref: '#/components/schemas/microsoft.graph.roomList' })
    expect(items('/places/{roomListEmailaddress}/microsoft.graph.roomlist/rooms')).toEqual({
      $ref: '#/components/schemas/microsoft.graph.place',
    })
  })
})
