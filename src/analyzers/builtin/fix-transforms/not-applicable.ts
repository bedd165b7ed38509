/** Thrown by a fix transform when its rewrite would not be sound for this code: the fix is not offered. */
export class NotApplicable extends Error {
  override name = 'NotApplicable';
}
