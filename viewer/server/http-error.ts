// A failure the client caused (bad parameter, unknown entity, refused query): answered with its
// status and a one-line JSON message, never a stack trace.
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export const badRequest = (message: string) => new HttpError(400, message);
