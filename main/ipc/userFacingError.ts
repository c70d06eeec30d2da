/**
 * An error whose message is written for the caseworker ("The file is larger than 200 MB")
 * and may cross to the renderer. Any other error a handler throws is reported with a
 * generic message, so paths, stack traces and internals stay in the main process.
 */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}
