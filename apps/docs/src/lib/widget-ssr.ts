// Role pages ship the widget's career map already drawn: `renderCareerPath` (@careerpath/widget/ssr) returns the
// element with a declarative shadow root, which the browser paints without JavaScript and the widget's script
// upgrades in place from the data embedded with it (no second fetch).
export {renderCareerPath} from '@careerpath/widget/ssr'
