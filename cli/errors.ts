// User errors end a command with one line and an exit code, never a stack trace.
import { StoreError } from '../graph/store.js';

export class UserError extends Error {
  override readonly name = 'UserError';
}

export const EXIT = { ok: 0, someFailed: 1, fatal: 2 } as const;

export function isUserFacing(err: unknown): err is Error {
  return err instanceof UserError || err instanceof StoreError;
}

export function reportFatal(err: unknown): number {
  if (isUserFacing(err)) {
    process.stderr.write(`actorgraph: ${err.message}\n`);
    return EXIT.fatal;
  }
  // A bug, not a user error: the stack helps whoever reports it.
  process.stderr.write(`actorgraph: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  return EXIT.fatal;
}
