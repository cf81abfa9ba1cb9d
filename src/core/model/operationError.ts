/**
 * An edit that cannot be made as asked (an id that is not in the document, a third birth parent,
 * a person becoming their own ancestor). The message is written for the user; store commands
 * catch it and report it instead of changing the document.
 */
export class OperationError extends Error {
  override name = 'OperationError';
}
