// Scratch: crop a PNG (x y w h, in image pixels) and scale it for review.
import {readFileSync} from 'node:fs'
import {launchBrowser} from '../test/browser.ts'
const [file, x, y, w, h, out] = process.argv.slice(2)
const b = await launchBrowser()
const p = await b.newPage({viewport: {width: Number(w), height: Number(h)}, deviceScaleFactor: 1})
await p.setContent(`<body style="margin:0"><img src="data:image/png;base64,${readFileSync(file!).toString('base64')}" style="position:absolute;left:-${x}px;top:-${y}px">`)
await p.screenshot({path: out!})
await b.close()
