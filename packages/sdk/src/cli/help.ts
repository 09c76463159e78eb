export const commands = ['validate', 'snapshot', 'plan'] as const
export type Command = (typeof commands)[number]

const sources = `Where the content comes from (pick one; the default is the curriculum embedded in the SDK):
  <file>                      an NDJSON export (one document per line) or a snapshot file
  --project-id <id> --dataset <name>
                              a Sanity project's published content, through the API CDN
                              (add --no-cdn to read the live API). For a private dataset set the
                              SANITY_API_READ_TOKEN environment variable; tokens are never
                              accepted as flags, printed or written to files.
  --api-version <date>        Content Lake API version (default 2025-02-19)
  --api-host <url>            another API host, such as a proxy`

const common = `  --language <id>             the content's language: en (default), es or de; English where a
                              text is not translated
  --json                      print the result as JSON on stdout (progress and errors go to stderr)
  -h, --help                  show this help`

const exits = `Exit codes: 0 success · 1 content errors or a failure reaching the content · 2 wrong usage`

export const help: Record<Command | 'main', string> = {
  main: `careerpath: check, export and explore the IT-support career curriculum.

Usage: careerpath <command> [options]

Commands:
  validate [file]                  check every document against the content model and the career graph
  snapshot --out <file>            export the published curriculum to a JSON snapshot
  plan --from <role> --to <role>   show a step-by-step plan from one role to another

Run "careerpath <command> --help" for a command's options and examples.

Options:
  -h, --help      show this help
  -v, --version   show the version

${exits}
`,
  validate: `Usage: careerpath validate [file] [--project-id <id> --dataset <name>] [--json]

Checks every published document: required fields, allowed values, slugs, web
links, references that point to existing documents of the right type, a rung
on each ladder role (once per ladder) and none in families, seniority that never
falls up a ladder, moves whose kind fits the seniorities, promotions that never
loop; a ladder with fewer than two roles is a warning. Prints the issues of each
document that has any (field path and what to fix) and a summary.

${sources}

Options:
${common}

Examples:
  careerpath validate                         # the embedded curriculum
  careerpath validate export/data.ndjson      # a dataset export
  careerpath validate --project-id abc123 --dataset production --json

${exits}
`,
  snapshot: `Usage: careerpath snapshot --out <file> [file | --project-id <id> --dataset <name>] [--json]

Exports the published curriculum to one JSON file that the widget and the docs
site can load without calling Sanity. The content is validated first; nothing
is written if it has errors. The snapshot records its format version, when it
was taken and from where (never a token). It holds every language (FAQs and
guides in each, with their translation links); --language records the one to read first.

${sources}

Options:
  --out <file>                where to write the snapshot (required)
${common}

Examples:
  careerpath snapshot --out curriculum.json
  careerpath snapshot --out curriculum.json --project-id abc123 --dataset production
  careerpath snapshot --out curriculum.json --language es

${exits}
`,
  plan: `Usage: careerpath plan --from <role> --to <role> [file | --project-id <id> --dataset <name>] [--json]

Shows the best route between two roles as milestones: each move, the skills to
grow, the certifications to earn and resources that help, with a timeline.
Roles are given by slug (for example help-desk-technician); run "careerpath plan"
without --from/--to to list them, and a mistyped slug gets suggestions.

${sources}

Options:
  --from <role>               the role you hold (slug)
  --to <role>                 the role you aim for (slug)
${common}

Examples:
  careerpath plan --from help-desk-technician --to support-team-lead
  careerpath plan --from help-desk-technician --to support-team-lead --json
  careerpath plan --from help-desk-technician --to support-team-lead --language de

${exits}
`,
}
