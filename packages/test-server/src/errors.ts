/** What went wrong when the test server was set up or fed, as a stable code tests can branch on. */
export type TestServerErrorCode = 'INVALID_DOCUMENT' | 'DUPLICATE_ID' | 'INVALID_FAULT' | 'INVALID_OPTION' | 'NOT_LISTENING'

/** Thrown for misuse of the test server itself (bad documents, bad faults), never for HTTP errors it serves. */
export class TestServerError extends Error {
  override readonly name = 'TestServerError'
  readonly code: TestServerErrorCode
  /** Where the problem is, e.g. `documents[3]` or `documents[3]._id`. */
  readonly at: string | undefined

  constructor(code: TestServerErrorCode, message: string, at?: string) {
    super(at ? `${message} (at ${at})` : message)
    this.code = code
    this.at = at
  }
}

export function isTestServerError(error: unknown): error is TestServerError {
  return error instanceof TestServerError
}
