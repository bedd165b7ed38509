/** A mistake in what the user asked for (flags, inputs, config): exit code 2 and a message, never a stack trace. */
export class UsageError extends Error {}
