#!/usr/bin/env node
import {version} from '../../package.json'
import {main} from './main'

main(process.argv.slice(2), {stdout: process.stdout, stderr: process.stderr, env: process.env}, version).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`)
    process.exitCode = 1
  },
)
