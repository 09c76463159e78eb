import {describe, expect, it} from 'vitest'
import {replaceFigures} from './remark-figures'

describe('replaceFigures', () => {
  it('fills known tokens in text and inline code, leaves unknown ones', () => {
    const tree = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'about %kb% KB, %other%'}, {type: 'inlineCode', value: '%kb%'}]}]}
    replaceFigures(tree, {kb: () => 19})
    expect(tree.children[0]!.children).toEqual([{type: 'text', value: 'about 19 KB, %other%'}, {type: 'inlineCode', value: '19'}])
  })
})
