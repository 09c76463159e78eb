/**
 * The widget's styles, adopted as a constructable stylesheet: no <style>
 * element and no style attributes, so pages with `style-src 'self'` work.
 *
 * `:host` resets what the page could push in; `.root` resets every inherited
 * property again (`all: initial`) so even `!important` rules on the host
 * element cannot leak inside. Only custom properties cross the boundary:
 * that is the theming API (see README).
 */
const css = /* css */ `
:host{all:initial;display:block!important;contain:content;min-height:var(--careerpath-min-height,480px)!important}
:host([hidden]){display:none!important}
*,*::before,*::after{box-sizing:border-box}
.root{all:initial;display:block;min-height:inherit;box-sizing:border-box;padding:16px;
--_bg:var(--careerpath-bg,#fff);--_fg:var(--careerpath-fg,#1a1f26);--_muted:var(--careerpath-muted,#4a5563);
--_surface:var(--careerpath-surface,#f3f5f8);--_border:var(--careerpath-border,#c3ccd7);--_accent:var(--careerpath-accent,#0b5cad);
--_on-accent:var(--careerpath-accent-contrast,#fff);--_focus:var(--careerpath-focus,#b3470b);--_warn-bg:#fde8e8;--_warn-fg:#8a1c1c;
--_note-bg:#fff4d6;--_note-fg:#5c4100;--_skel:#e3e8ee;
font-family:var(--careerpath-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);font-size:var(--careerpath-font-size,16px);
line-height:1.5;color:var(--_fg);background:var(--_bg);border-radius:var(--careerpath-radius,8px);text-align:start;
-webkit-text-size-adjust:100%;overflow-wrap:break-word;color-scheme:light;direction:ltr;unicode-bidi:isolate}
:host([theme=dark]) .root{--_bg:var(--careerpath-bg,#11161d);--_fg:var(--careerpath-fg,#e8edf3);--_muted:var(--careerpath-muted,#aab5c3);
--_surface:var(--careerpath-surface,#1b232d);--_border:var(--careerpath-border,#3d4a5a);--_accent:var(--careerpath-accent,#8cc4ff);
--_on-accent:var(--careerpath-accent-contrast,#0b1320);--_focus:var(--careerpath-focus,#ffb86b);--_warn-bg:#4a1d1d;--_warn-fg:#ffd9d9;
--_note-bg:#3d3210;--_note-fg:#ffe9a8;--_skel:#26303c;color-scheme:dark}
@media (prefers-color-scheme:dark){:host(:not([theme=light])) .root{--_bg:var(--careerpath-bg,#11161d);--_fg:var(--careerpath-fg,#e8edf3);
--_muted:var(--careerpath-muted,#aab5c3);--_surface:var(--careerpath-surface,#1b232d);--_border:var(--careerpath-border,#3d4a5a);
--_accent:var(--careerpath-accent,#8cc4ff);--_on-accent:var(--careerpath-accent-contrast,#0b1320);--_focus:var(--careerpath-focus,#ffb86b);
--_warn-bg:#4a1d1d;--_warn-fg:#ffd9d9;--_note-bg:#3d3210;--_note-fg:#ffe9a8;--_skel:#26303c;color-scheme:dark}}
h2,h3,h4,p,ul,ol,dl,dd,figure{margin:0}
h2{font-size:1.4em;line-height:1.25;margin-bottom:4px}
h3{font-size:1.08em;margin:0 0 8px}
h4{font-size:1em;margin:0}
ul,ol{padding-inline-start:1.25em}
a{color:var(--_accent);text-underline-offset:2px}
button,select{font:inherit;color:inherit;letter-spacing:inherit}
button{cursor:pointer}
:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}
h2:focus{outline:none}
h2:focus-visible{outline:3px solid var(--_focus)}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.muted{color:var(--_muted)}
.nav{display:flex;flex-wrap:wrap;gap:8px;margin:0 0 16px;padding:0 0 12px;border-bottom:1px solid var(--_border)}
.nav button,.btn{border:1px solid var(--_border);background:var(--_surface);border-radius:999px;padding:6px 14px;min-height:36px}
.nav button[aria-current=page]{background:var(--_accent);border-color:var(--_accent);color:var(--_on-accent);font-weight:600}
.btn-primary{background:var(--_accent);border-color:var(--_accent);color:var(--_on-accent);font-weight:600}
.view{animation:cp-in .18s ease-out}
@keyframes cp-in{from{opacity:0;transform:translateY(4px)}to{opacity:1;transform:none}}
.lede{color:var(--_muted);margin-bottom:16px}
.notice{background:var(--_note-bg);color:var(--_note-fg);border-radius:6px;padding:8px 12px;margin-bottom:12px}
.ladders{display:grid;gap:16px;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));align-items:start}
.ladder,.family{background:var(--_surface);border:1px solid var(--_border);border-radius:var(--careerpath-radius,8px);padding:12px}
.ladder h3,.family h3{margin-bottom:2px}
.kind{font-size:.85em;margin-bottom:10px}
.family{grid-column:1/-1;border-style:dashed}
.fam-summary{margin:-4px 0 10px;max-width:70ch}
.group{list-style:none;padding:0;display:grid;gap:12px;grid-template-columns:repeat(auto-fill,minmax(200px,1fr))}
.member .role-btn{border-left-style:dotted}
.rungs{list-style:none;padding:0;display:flex;flex-direction:column;gap:14px}
.rung{position:relative}
.rung+.rung::before{content:"";position:absolute;left:18px;top:-14px;height:14px;border-left:2px solid var(--_border)}
.role-btn{display:flex;flex-direction:column;align-items:flex-start;width:100%;text-align:start;background:var(--_bg);
border:1px solid var(--_border);border-left:4px solid var(--_accent);border-radius:6px;padding:8px 10px}
.role-btn:hover{border-color:var(--_accent)}
.lvl{font-size:.8em;color:var(--_muted);text-transform:uppercase;letter-spacing:.04em}
.role-title{font-weight:600}
.moves{list-style:none;padding:4px 0 0 14px;font-size:.85em;color:var(--_muted)}
.moves li::before{content:"\\2192\\00a0";}
.meta{color:var(--_muted);margin-bottom:12px}
.back{margin-bottom:12px}
.summary{margin-bottom:16px;max-width:70ch}
.grid{display:grid;gap:20px;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));align-items:start}
.grid>section{min-width:0}
.items{list-style:none;padding:0;display:flex;flex-direction:column;gap:8px}
.items li{min-width:0}
.bullets{display:flex;flex-direction:column;gap:6px;padding-inline-start:1.1em}
.prof{display:flex;align-items:center;gap:8px;font-size:.85em;color:var(--_muted)}
.pips{display:inline-flex;gap:3px}
.pip{width:10px;height:10px;border-radius:50%;border:1.5px solid var(--_accent)}
.pip.on{background:var(--_accent)}
.badge{display:inline-block;font-size:.78em;border-radius:4px;padding:0 6px;margin-inline-start:6px;background:var(--_surface);border:1px solid var(--_border)}
.badge.retired{background:var(--_warn-bg);color:var(--_warn-fg);border-color:transparent;font-weight:600}
.sub{font-size:.85em;color:var(--_muted)}
.actions{display:flex;flex-wrap:wrap;gap:8px;margin-top:20px}
.picker{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:16px}
.picker label{display:flex;flex-direction:column;gap:4px;font-weight:600;flex:1 1 200px;min-width:0}
.picker select{font-weight:400;padding:6px 8px;border:1px solid var(--_border);border-radius:6px;background:var(--_bg);min-height:38px;width:100%}
.steps{display:flex;flex-direction:column;gap:8px;padding-inline-start:1.4em;margin-bottom:12px}
.total{font-weight:600;margin-bottom:16px}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.92em}
caption{text-align:start;font-weight:600;margin-bottom:8px}
th,td{text-align:start;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--_border)}
thead th{border-bottom-width:2px}
.err{border:1px solid var(--_warn-fg);background:var(--_warn-bg);color:var(--_warn-fg);border-radius:8px;padding:16px}
.err h2{margin-bottom:8px}
.err p{margin-bottom:12px}
.skel{display:grid;gap:16px;grid-template-columns:repeat(auto-fit,minmax(220px,1fr))}
.skel-col{display:flex;flex-direction:column;gap:10px}
.skel-bar{height:44px;border-radius:6px;background:var(--_skel);animation:cp-pulse 1.2s ease-in-out infinite alternate}
.skel-bar.short{height:20px;width:60%}
@keyframes cp-pulse{from{opacity:1}to{opacity:.45}}
@media (max-width:480px){.root{padding:12px}h2{font-size:1.25em}table{font-size:.75em}th,td{padding:5px 2px}tbody th{font-weight:600}}
@media (prefers-reduced-motion:reduce){.view,.skel-bar{animation:none}}
`

let shared: CSSStyleSheet | undefined
/** One sheet shared by every instance on the page. */
export function styleSheet(): CSSStyleSheet {
  if (!shared) {
    shared = new CSSStyleSheet()
    shared.replaceSync(css)
  }
  return shared
}
