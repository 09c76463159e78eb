// The two-line widget start, shown on the home page and in Getting started: the install command and the element
// loaded from the npm CDN (the module finds its seed curriculum beside itself).
export const WIDGET_INSTALL = 'npm install @careerpath/widget'
export const WIDGET_CDN_SNIPPET = '<script type="module" src="https://cdn.jsdelivr.net/npm/@careerpath/widget/dist/careerpath-widget.js"></script>\n<career-path></career-path>'
