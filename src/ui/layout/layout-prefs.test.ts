import { describe, expect, it } from 'vitest'
import { defaultPrefs, parsePrefs } from './layout-prefs.ts'

describe('parsePrefs', () => {
  it('gives the defaults for nothing saved, damaged JSON, or JSON that is no object', () => {
    for (const text of [null, '', '{', 'null', '[1,2]', '"x"', '42']) expect(parsePrefs(text)).toEqual(defaultPrefs)
  })

  it('keeps the sizes an earlier version saved (four numbers) and defaults the rest', () => {
    const prefs = parsePrefs(JSON.stringify({ formWidth: 300, editorWidth: 700, timelineHeight: 250, panelHeight: 90 }))
    expect(prefs).toEqual({ ...defaultPrefs, formWidth: 300, editorWidth: 700, timelineHeight: 250, panelHeight: 90 })
  })

  it('drops mistyped, negative and non-finite sizes, and any collapse flag that is not true', () => {
    const saved = {
      formWidth: '300',
      editorWidth: -5,
      sideWidth: null,
      panelHeight: 'Infinity',
      collapsed: { form: 'yes', yaml: true, side: 1, panels: true },
      sideTab: 'diagram',
    }
    const prefs = parsePrefs(JSON.stringify(saved))
    expect(prefs.formWidth).toBe(defaultPrefs.formWidth)
    expect(prefs.editorWidth).toBe(defaultPrefs.editorWidth)
    expect(prefs.sideWidth).toBe(defaultPrefs.sideWidth)
    expect(prefs.panelHeight).toBe(defaultPrefs.panelHeight)
    expect(prefs.collapsed).toEqual({ form: false, yaml: true, side: false, panels: true })
    expect(prefs.sideTab).toBe('form')
  })

  it('round-trips what it saves', () => {
    const prefs = {
      ...defaultPrefs,
      sideWidth: 512,
      sideTab: 'yaml' as const,
      collapsed: { ...defaultPrefs.collapsed, side: true },
    }
    expect(parsePrefs(JSON.stringify(prefs))).toEqual(prefs)
  })
})
