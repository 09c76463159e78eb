// Generates the API reference model from the SDK's published type declarations with TypeDoc.
// Input: the `types` file of every entry point in the SDK's package.json `exports` (the public surface, never
// src/). Output: a compact JSON model (entry point -> exports -> signatures, members, TSDoc) that Astro renders.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import {
  Application,
  Comment,
  DeclarationReflection,
  ReferenceReflection,
  Reflection,
  ReflectionKind,
  SignatureReflection,
  type CommentDisplayPart,
  type ContainerReflection,
  type ParameterReflection,
  type TypeParameterReflection,
} from 'typedoc'
import {formatTypeCode} from './format-type.ts'

export interface ReferenceDoc {
  /** Markdown. */
  summary: string
  remarks?: string
  returns?: string
  deprecated?: string
  examples: string[]
  defaultValue?: string
  throws: string[]
  see: string[]
}

export interface ReferenceParam {
  name: string
  type: string
  optional: boolean
  doc: string
}

export interface ReferenceSignature {
  /** One-line TypeScript-like signature. */
  code: string
  params: ReferenceParam[]
  returns: string
  doc: ReferenceDoc
}

export interface ReferenceMember {
  name: string
  kind: string
  code: string
  optional: boolean
  readonly: boolean
  doc: ReferenceDoc
}

export interface ReferenceExport {
  name: string
  /** Anchor id on the entry point's page. */
  anchor: string
  kind: string
  /** The section of its page: Functions, Classes, Errors, Constants, Interfaces, Types, Enums, Namespaces. */
  group: string
  /** For re-exports under another name: the declaration's own name. */
  aliasOf?: string
  code: string
  doc: ReferenceDoc
  signatures: ReferenceSignature[]
  members: ReferenceMember[]
}

export interface ReferenceEntryPoint {
  /** The package it belongs to, e.g. "@careerpath/widget". */
  packageName: string
  /** Package subpath as imported, e.g. "@careerpath/sdk/local". */
  specifier: string
  /** The `exports` key, e.g. "./local". */
  subpath: string
  /** URL slug of its reference page. */
  slug: string
  doc: string
  exports: ReferenceExport[]
}

export interface ReferencePackage {
  name: string
  version: string
}

export interface ReferenceModel {
  packages: ReferencePackage[]
  entryPoints: ReferenceEntryPoint[]
}

/**
 * Exports that are Sanity TypeGen plumbing rather than anything the SDK promises: the file banner's helper type and
 * Sanity's own asset and geopoint types. Left out of the reference (and of its coverage test) if an entry point
 * ever re-exports them.
 */
export const TYPEGEN_NOISE = /^(internalGroqTypeReferenceTo|Sanity(Image|File|Asset)\w*|Geopoint|SanityAssistant\w*|MediaTag)$/

/** Sections of a reference page, in the order the page and its outline show them. */
export const GROUP_ORDER = ['Functions', 'Classes', 'Errors', 'Constants', 'Interfaces', 'Types', 'Enums', 'Namespaces'] as const

type ExportsMap = Record<string, string | Record<string, unknown>>

/** The declaration file for an exports-map entry: its `import.types`, else a top-level `types`. */
export function typesFileOf(target: string | Record<string, unknown>): string | undefined {
  if (typeof target === 'string') return target.endsWith('.d.ts') ? target : undefined
  const imp = target['import']
  if (imp && typeof imp === 'object' && typeof (imp as Record<string, unknown>)['types'] === 'string') {
    return (imp as Record<string, string>)['types']
  }
  return typeof target['types'] === 'string' ? (target['types'] as string) : undefined
}

/** "@careerpath/sdk/local" -> "sdk-local": the reference page's slug (scope dropped, slashes to hyphens). */
export const slugForSpecifier = (specifier: string) => specifier.replace(/^@[^/]+\//, '').replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase()

/** Entry points with a types file, in exports-map order; ./package.json and other non-code exports are skipped. */
export function entryPointsOf(pkgDir: string): {subpath: string; specifier: string; file: string}[] {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {name: string; exports?: ExportsMap}
  const out: {subpath: string; specifier: string; file: string}[] = []
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    const types = typesFileOf(target)
    if (!types) continue
    out.push({subpath, specifier: subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`, file: resolve(pkgDir, types)})
  }
  return out
}

/** Marks an inline {@link} for resolve-links: `[text](#ref:Target)`, rewritten once every page's anchors are known. */
const REF = '#ref:'

/** Comment parts to Markdown; {@link X} becomes a link that resolveLinks points at X's anchor. */
function md(parts: readonly CommentDisplayPart[] | undefined): string {
  return (parts ?? [])
    .map((p) => {
      if (p.kind !== 'inline-tag' || !p.tag.startsWith('@link')) return p.text
      const target = p.target instanceof Reflection ? p.target.name : typeof p.target === 'string' ? p.target : p.text.split(/[.#\s|]/)[0]
      const text = p.tsLinkText || p.text
      if (typeof p.target === 'string' && /^https?:/.test(p.target)) return `[${text}](${p.target})`
      return `[\`${text}\`](${REF}${target})`
    })
    .join('')
    .trim()
}

/** Points each {@link} at the anchor of its target: on the same page when exported there, else on another entry point's page, else plain code. */
export function resolveLinks(model: ReferenceModel): ReferenceModel {
  const pageOf = new Map<string, string>()
  for (const e of model.entryPoints) for (const x of e.exports) if (!pageOf.has(x.name)) pageOf.set(x.name, `/reference/${e.slug}/`)
  const fix = (entry: ReferenceEntryPoint, text: string) =>
    text.replace(/\[([^\]]*)\]\(#ref:([^)]*)\)/g, (_m, label: string, target: string) => {
      if (entry.exports.some((x) => x.anchor === target)) return `[${label}](#${target})`
      const page = pageOf.get(target)
      return page ? `[${label}](${page}#${target})` : label
    })
  const fixDoc = (entry: ReferenceEntryPoint, d: ReferenceDoc): ReferenceDoc => {
    const out: ReferenceDoc = {...d, summary: fix(entry, d.summary), examples: d.examples, throws: d.throws.map((t) => fix(entry, t)), see: d.see.map((t) => fix(entry, t))}
    if (d.remarks) out.remarks = fix(entry, d.remarks)
    if (d.returns) out.returns = fix(entry, d.returns)
    if (d.deprecated) out.deprecated = fix(entry, d.deprecated)
    return out
  }
  return {
    ...model,
    entryPoints: model.entryPoints.map((e) => ({
      ...e,
      doc: fix(e, e.doc),
      exports: e.exports.map((x) => ({
        ...x,
        doc: fixDoc(e, x.doc),
        signatures: x.signatures.map((s) => ({...s, doc: fixDoc(e, s.doc), params: s.params.map((p) => ({...p, doc: fix(e, p.doc)}))})),
        members: x.members.map((m) => ({...m, doc: fixDoc(e, m.doc)})),
      })),
    })),
  }
}

function docOf(comment: Comment | undefined): ReferenceDoc {
  const tag = (name: `@${string}`) => comment?.blockTags.filter((t) => t.tag === name).map((t) => md(t.content)) ?? []
  const doc: ReferenceDoc = {summary: md(comment?.summary), examples: tag('@example'), throws: tag('@throws'), see: tag('@see')}
  const [remarks] = tag('@remarks')
  const [returns] = tag('@returns')
  const [deprecated] = comment?.blockTags.some((t) => t.tag === '@deprecated') ? [tag('@deprecated')[0] || 'Deprecated.'] : []
  const [defaultValue] = [...tag('@defaultValue'), ...tag('@default')]
  if (remarks) doc.remarks = remarks
  if (returns) doc.returns = returns
  if (deprecated) doc.deprecated = deprecated
  if (defaultValue) doc.defaultValue = defaultValue
  return doc
}

const typeParams = (tps: readonly TypeParameterReflection[] | undefined) =>
  tps?.length
    ? `<${tps.map((t) => `${t.name}${t.type ? ` extends ${t.type.toString()}` : ''}${t.default ? ` = ${t.default.toString()}` : ''}`).join(', ')}>`
    : ''

const paramCode = (p: ParameterReflection) =>
  `${p.flags.isRest ? '...' : ''}${p.name}${p.flags.isOptional || p.defaultValue ? '?' : ''}: ${p.type?.toString() ?? 'unknown'}`

function signatureOf(name: string, sig: SignatureReflection, prefix = ''): ReferenceSignature {
  const params = sig.parameters ?? []
  const returns = sig.type?.toString() ?? 'void'
  const isCtor = sig.kind === ReflectionKind.ConstructorSignature
  return {
    code: `${prefix}${isCtor ? 'new ' : ''}${name}${typeParams(sig.typeParameters)}(${params.map(paramCode).join(', ')})${isCtor ? '' : `: ${returns}`}`,
    params: params.map((p) => ({
      name: p.name,
      type: p.type?.toString() ?? 'unknown',
      optional: Boolean(p.flags.isOptional || p.defaultValue),
      doc: md(p.comment?.summary),
    })),
    returns,
    doc: docOf(sig.comment),
  }
}

function memberOf(m: DeclarationReflection): ReferenceMember {
  const sigs = m.signatures ?? m.getAllSignatures()
  const readonly = Boolean(m.flags.isReadonly || m.getSignature && !m.setSignature)
  let code: string
  if (sigs.length) code = sigs.map((s) => signatureOf(m.name, s).code).join('\n')
  else code = `${readonly ? 'readonly ' : ''}${m.name}${m.flags.isOptional ? '?' : ''}: ${(m.type ?? m.getSignature?.type)?.toString() ?? 'unknown'}`
  const comment = m.comment ?? sigs[0]?.comment ?? m.getSignature?.comment
  return {name: m.name, kind: ReflectionKind.singularString(m.kind), code, optional: m.flags.isOptional, readonly, doc: docOf(comment)}
}

function exportOf(r: DeclarationReflection | ReferenceReflection): ReferenceExport {
  const exportedName = r.name
  let decl: DeclarationReflection = r as DeclarationReflection
  if (r instanceof ReferenceReflection) {
    const target = r.tryGetTargetReflectionDeep()
    if (target instanceof DeclarationReflection) decl = target
  }
  const kind = ReflectionKind.singularString(decl.kind)
  const signatures = (decl.signatures ?? []).map((s) => signatureOf(exportedName, s, 'function '))
  const members: ReferenceMember[] = []
  // Object-literal type aliases carry their properties as children, like interfaces.
  if (decl.kindOf([ReflectionKind.Class, ReflectionKind.Interface, ReflectionKind.Enum]) || (decl.kindOf(ReflectionKind.TypeAlias) && decl.children?.length)) {
    for (const child of decl.children ?? []) {
      if (child.flags.isPrivate || child.flags.isProtected) continue
      // Members inherited from the standard library (Error's message, stack…) are noise here.
      if (child.inheritedFrom && !child.inheritedFrom.reflection) continue
      members.push(memberOf(child))
    }
  } else if (decl.kindOf(ReflectionKind.TypeAlias) && decl.type?.type === 'reflection') {
    for (const child of decl.type.declaration.children ?? []) members.push(memberOf(child))
  }
  const ctor = decl.children?.find((c) => c.kindOf(ReflectionKind.Constructor))
  const heritage = [
    decl.extendedTypes?.length ? ` extends ${decl.extendedTypes.map((t) => t.toString()).join(', ')}` : '',
    decl.implementedTypes?.length ? ` implements ${decl.implementedTypes.map((t) => t.toString()).join(', ')}` : '',
  ].join('')
  let code: string
  if (signatures.length) code = signatures.map((s) => s.code).join('\n')
  else if (decl.kindOf(ReflectionKind.Class)) code = `class ${exportedName}${typeParams(decl.typeParameters)}${heritage}`
  else if (decl.kindOf(ReflectionKind.Interface)) code = `interface ${exportedName}${typeParams(decl.typeParameters)}${heritage}`
  else if (decl.kindOf(ReflectionKind.TypeAlias)) {
    const body = decl.type?.type === 'reflection' || (!decl.type && decl.children?.length) ? '{ … }' : (decl.type?.toString() ?? 'unknown')
    code = `type ${exportedName}${typeParams(decl.typeParameters)} = ${body}`
  } else if (decl.kindOf(ReflectionKind.Variable)) code = `const ${exportedName}: ${decl.type?.toString() ?? 'unknown'}`
  else if (decl.kindOf(ReflectionKind.Enum)) code = `enum ${exportedName}`
  else code = `${kind.toLowerCase()} ${exportedName}`
  const isError = decl.kindOf(ReflectionKind.Class) && (/Error$/.test(decl.name) || (decl.extendedTypes ?? []).some((t) => /Error\b/.test(t.toString())))
  const group = isError
    ? 'Errors'
    : ({Function: 'Functions', Class: 'Classes', Variable: 'Constants', Interface: 'Interfaces', 'Type Alias': 'Types', Enum: 'Enums', Namespace: 'Namespaces'} as Record<string, string>)[kind] ?? 'Types'
  const result: ReferenceExport = {
    name: exportedName,
    anchor: exportedName,
    kind,
    group,
    code,
    doc: docOf(decl.comment ?? decl.signatures?.[0]?.comment),
    signatures,
    members: members.filter((m) => m.kind !== 'Constructor'),
  }
  if (ctor?.signatures) result.signatures = ctor.signatures.map((s) => signatureOf(exportedName, s))
  if (decl.name !== exportedName) result.aliasOf = decl.name
  return result
}

const groupRank = (g: string) => ((GROUP_ORDER as readonly string[]).includes(g) ? (GROUP_ORDER as readonly string[]).indexOf(g) : GROUP_ORDER.length)

/** An entry point's exports without TypeGen noise, by section (functions first, then classes, errors…) and name. */
function exportsOf(container: ContainerReflection): ReferenceExport[] {
  const out = (container.children ?? [])
    .filter((c) => !TYPEGEN_NOISE.test(c.name))
    .map((c) => exportOf(c))
    .sort((a, b) => groupRank(a.group) - groupRank(b.group) || a.name.localeCompare(b.name))
  // A name exported as two things (an interface and a namespace of the same name): the first keeps the plain
  // anchor, the next gets its kind appended, so ids stay unique.
  const seen = new Set<string>()
  for (const x of out) {
    if (seen.has(x.anchor)) x.anchor = `${x.anchor}-${x.kind.toLowerCase().replace(/\s+/g, '-')}`
    seen.add(x.anchor)
  }
  return out
}

/** Runs TypeDoc over each package's declaration files and returns one model, links resolved across all of them. */
export async function generateReference(pkgDirs: readonly string[], scratchDir: string): Promise<ReferenceModel> {
  const parts = []
  for (const dir of pkgDirs) parts.push(await generatePackage(dir, scratchDir))
  const model = resolveLinks({packages: parts.map((p) => p.pkg), entryPoints: parts.flatMap((p) => p.entryPoints)})
  return {...model, entryPoints: await Promise.all(model.entryPoints.map(formatEntryPoint))}
}

/** TypeDoc over one package's declaration files. Throws when TypeDoc reports errors. */
async function generatePackage(pkgDir: string, scratchDir: string): Promise<{pkg: ReferencePackage; entryPoints: ReferenceEntryPoint[]}> {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {name: string; version: string}
  const entries = entryPointsOf(pkgDir)
  if (entries.length === 0) throw new Error(`${pkg.name} declares no entry point with types in its exports map`)
  // TypeDoc needs a tsconfig whose program holds exactly the declaration files.
  mkdirSync(scratchDir, {recursive: true})
  const tsconfig = join(scratchDir, `tsconfig.reference.${slugForSpecifier(pkg.name)}.json`)
  writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: {target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, skipLibCheck: true, noEmit: true, lib: ['ES2023', 'DOM'], types: []},
      files: entries.map((e) => e.file),
    }),
  )
  const app = await Application.bootstrap({
    entryPoints: entries.map((e) => e.file),
    entryPointStrategy: 'resolve',
    tsconfig,
    skipErrorChecking: true,
    excludePrivate: true,
    excludeInternal: true,
    excludeExternals: false,
    logLevel: 'Warn',
    disableSources: true,
    readme: 'none',
    // Keep every export of an entry point, even if documented elsewhere: each entry's page stands alone.
    validation: {notExported: false, invalidLink: false, rewrittenLink: false, notDocumented: false, unusedMergeModuleWith: false},
  })
  const project = await app.convert()
  if (!project || app.logger.hasErrors()) throw new Error('TypeDoc could not convert the SDK declarations (see the messages above)')
  const modules = entries.length === 1 ? [project as ContainerReflection] : (project.children ?? [])
  // TypeDoc sorts modules by name and (without source info) names them after the file: "index", "local"…
  const moduleFor = (file: string): ContainerReflection | undefined => {
    if (entries.length === 1) return modules[0]
    const name = basename(file).replace(/\.d\.[cm]?ts$/, '')
    return modules.find((m) => m.name === name || m.name.endsWith(`/${name}`))
  }
  return {
    pkg: {name: pkg.name, version: pkg.version},
    entryPoints: entries.map((e) => {
      const mod = moduleFor(e.file)
      if (!mod) throw new Error(`TypeDoc produced no module for ${e.specifier} (${e.file}); it made: ${modules.map((m) => m.name).join(', ')}`)
      return {
        packageName: pkg.name,
        specifier: e.specifier,
        subpath: e.subpath,
        slug: slugForSpecifier(e.specifier),
        doc: md(mod.comment?.summary),
        exports: exportsOf(mod),
      }
    }),
  }
}

/** Writes the model where the Astro pages read it. */
export async function writeReference(pkgDirs: readonly string[], outFile: string): Promise<ReferenceModel> {
  const model = await generateReference(pkgDirs, dirname(outFile))
  mkdirSync(dirname(outFile), {recursive: true})
  writeFileSync(outFile, JSON.stringify(model, null, 1))
  return model
}

/** Long signatures and types laid out over lines (prettier), so a reader sees their structure instead of one line. */
async function formatEntryPoint(entry: ReferenceEntryPoint): Promise<ReferenceEntryPoint> {
  return {
    ...entry,
    exports: await Promise.all(
      entry.exports.map(async (x) => ({
        ...x,
        code: await formatTypeCode(x.code),
        signatures: await Promise.all(x.signatures.map(async (sig) => ({...sig, code: await formatTypeCode(sig.code)}))),
        members: await Promise.all(x.members.map(async (m) => ({...m, code: await formatTypeCode(m.code)}))),
      })),
    ),
  }
}
