/**
 * @careerpath/widget/ssr: renders `<career-path>` on a server (Node, Deno,
 * Bun, edge runtimes: no DOM needed). See README "Server rendering".
 */
export {renderCareerPath, RenderOptionsError, type RenderOptions} from './server/render'
