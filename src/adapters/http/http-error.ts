// An error the client can act on, with the status code it is answered with and, for a
// refusal that passes (429, 503), when to try again.
export class HttpError extends Error {
  constructor(readonly statusCode: number, message: string, readonly retryAfterSeconds?: number) {
    super(message);
    this.name = 'HttpError';
  }
}
