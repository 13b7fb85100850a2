/** A problem in the user's input: reported as one line, exit code 1, never a stack trace. */
export class InputError extends Error {}
