/**
 * A type-cast segment on a collection answers only the items of that type: those whose
 * `@odata.type` is the cast type or derives from it, and those stating none where the collection's
 * own type is the cast's. The mock answered `GET /vehicles/contoso.fleet.electricVehicle` with a
 * plain vehicle too (it kept every item that stated no type), as another team's docs showed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { listenServer } from './helpers.js'

const resource = (name: string, members: string, base = '') => ({
  file: `resources/${name.toLowerCase()}.md`,
  text: [
    `# ${name} resource type`,
    'Namespace: contoso.fleet',
    base === '' ? '' : `Inherits from [vehicle](vehicle.md).`,
    '## Properties',
    `| Property | Type | Description |\n|:--|:--|:--|\n${members}`,
    '## JSON representation',
    `<!-- { "blockType": "resource", "@odata.type": "contoso.fleet.${name}", "keyProperty": "id"${base} } -->`,
    '```json\n{ "id": "String" }\n```',
  ].join('\n\n'),
})
const list = {
  file: 'api/vehicle-list.md',
  text: [
    '# List vehicles',
    'Namespace: contoso.fleet',
    '## HTTP request',
    '```http\nGET /vehicles\n```',
    '## Response',
    'If successful, this method returns a `200 OK` response code and a collection of [vehicle](../resources/vehicle.md) objects in the response body.',
    '## Example',
    '<!-- { "blockType": "request", "name": "list_vehicles" } -->',
    '```http\nGET https://api.contoso.com/fleet/v2/vehicles\n```',
    '<!-- { "blockType": "response", "@odata.type": "contoso.fleet.vehicle", "isCollection": true, "truncated": true } -->',
    '```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{ "value": [ { "id": "veh-001" }, { "@odata.type": "#contoso.fleet.electricVehicle", "id": "veh-002" } ] }\n```',
  ].join('\n\n'),
}

let base = ''
let close: () => Promise<void> = async () => {}
beforeAll(async () => {
  ;({ base, close } = await listenServer(
    buildModel([
      resource('vehicle', '| id | String | The key. |'),
      resource(
        'electricVehicle',
        '| batteryKwh | Double | Capacity. |',
        ', "baseType": "contoso.fleet.vehicle"',
      ),
      list,
    ]),
  ))
})
afterAll(() => close())

const ids = async (path: string) => {
  const body = (await (await fetch(`${base}${path}`)).json()) as { value: { id: string }[] }
  return body.value.map((item) => item.id)
}

describe('a type-cast segment on a collection', () => {
  it('answers the items of the cast type and of types derived from it only', async () => {
    expect(await ids('/fleet/v2/vehicles/contoso.fleet.electricVehicle')).toEqual(['veh-002'])
    expect(await ids('/fleet/v2/vehicles/contoso.fleet.vehicle')).toEqual(['veh-001', 'veh-002'])
    expect(await ids('/fleet/v2/vehicles')).toEqual(['veh-001', 'veh-002'])
  })
})
