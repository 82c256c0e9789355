/**
 * A Navigation row names its type without a link and links the type's page from its name cell; a
 * plural name is a collection of the linked type. Excerpts of MicrosoftDocs/dynamics365smb-devitpro-pb
 * dev-itpro/api-reference/v2.0/resources/dynamics_company.md (1aec6a439002fc15aa881fc6a66681cc80531956)
 * and dynamics_customer.md (same commit), cut short; dynamics_currency.md in test/support/business-central.ts.
 */
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import type { ObjectTypeDef } from '../../src/model.js'
import { CURRENCY_RESOURCE } from '../support/business-central.js'

const COMPANY = `# company resource type

## Navigation

| Navigation |Return Type| Description |
|:----------|:----------|:-----------------|
|[currencies](dynamics_currency.md)|currencies |Gets the currencies of the company.|

## Properties

| Property           | Type   |Description     |
|:-------------------|:-------|:---------------|
|id|GUID|The unique ID of the company. Non-editable.|
`

const CUSTOMER = `# customer resource type

## Navigation

| Navigation |Return Type| Description |
|:----------|:----------|:-----------------|
|[currency](dynamics_currency.md)|currency |Gets the currency of the customer.|

## Properties

| Property           | Type   |Description     |
|:-------------------|:-------|:---------------|
|id|GUID|The unique ID of the customer. Non-editable.|
`

describe('a Navigation row', () => {
  it('takes the type its name cell links, a collection where the Type cell writes its plural', () => {
    const model = buildModel([
      { file: 'resources/dynamics_company.md', text: COMPANY },
      { file: 'resources/dynamics_customer.md', text: CUSTOMER },
      { file: 'resources/dynamics_currency.md', text: CURRENCY_RESOURCE },
    ])
    const navigation = (name: string) => {
      const type = model.types[`microsoft.graph.${name}`] as ObjectTypeDef
      return type.properties
        .filter((property) => property.relationship)
        .map((property) => [
          property.name,
          property.type.kind === 'named' && property.type.resolved,
          property.collection,
        ])
    }
    expect(navigation('company')).toEqual([['currencies', 'microsoft.graph.currency', true]])
    expect(navigation('customer')).toEqual([['currency', 'microsoft.graph.currency', false]])
    expect(model.diagnostics.filter((finding) => finding.code === 'unresolved-type')).toEqual([])
  })

  it('names a page the tree lacks by its page, a collection where the Type cell writes its plural', () => {
    const model = buildModel([{ file: 'resources/dynamics_company.md', text: COMPANY }])
    const company = model.types['microsoft.graph.company'] as ObjectTypeDef
    const [currencies] = company.properties.filter((property) => property.relationship)
    expect(currencies?.collection).toBe(true)
    expect(currencies?.type).toMatchObject({ name: 'currency', resolved: 'microsoft.graph.currency' })
    expect(Object.keys(model.undocumented)).toContain('microsoft.graph.currency')
    // A singular stays one.
    const customer = buildModel([{ file: 'resources/dynamics_customer.md', text: CUSTOMER }])
    const [currency] = (customer.types['microsoft.graph.customer'] as ObjectTypeDef).properties.filter(
      (property) => property.relationship,
    )
    expect(currency?.collection).toBe(false)
    expect(currency?.type).toMatchObject({ name: 'currency', resolved: 'microsoft.graph.currency' })
  })

  it('takes the singular to a type the tree documents under another page name', () => {
    const model = buildModel([
      { file: 'resources/dynamics_company.md', text: COMPANY },
      { file: 'resources/currency.md', text: CURRENCY_RESOURCE },
    ])
    const [currencies] = (model.types['microsoft.graph.company'] as ObjectTypeDef).properties.filter(
      (property) => property.relationship,
    )
    expect(currencies).toMatchObject({ collection: true, type: { resolved: 'microsoft.graph.currency' } })
    expect(model.undocumented).not.toHaveProperty(['microsoft.graph.currency'])
  })

  it('reads a plural in camel case against a page name in lower case', () => {
    // dynamics_company.md (1aec6a439002fc15aa881fc6a66681cc80531956), rows of its Navigation table
    // whose pages the tree lacks; the page names are lower case, the Type cells camel case.
    const text = COMPANY.replace(
      /\|\[currencies\].*\n/,
      [
        '|[inventoryPostingGroups](dynamics_inventorypostinggroup.md)|inventoryPostingGroups |Gets the inventorypostinggroups of the company.|',
        '|[itemCategories](dynamics_itemcategory.md)|itemCategories |Gets the itemcategories of the company.|',
        '|[unitsOfMeasure](dynamics_unitofmeasure.md)|unitsOfMeasure |Gets the unitsofmeasure of the company.|',
        '',
      ].join('\n'),
    )
    const model = buildModel([{ file: 'resources/dynamics_company.md', text }])
    const company = model.types['microsoft.graph.company'] as ObjectTypeDef
    const navigation = company.properties
      .filter((property) => property.relationship)
      .map((property) => [
        property.name,
        property.type.kind === 'named' && property.type.name,
        property.collection,
      ])
    expect(navigation).toEqual([
      ['inventoryPostingGroups', 'inventoryPostingGroup', true],
      ['itemCategories', 'itemCategory', true],
      // Not a plural of its page's name: one of what the cell names.
      ['unitsOfMeasure', 'unitsOfMeasure', false],
    ])
    expect(Object.keys(model.undocumented)).toContain('microsoft.graph.inventoryPostingGroup')
  })
})
