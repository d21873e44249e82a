/** A refusal (bad article, clashing id) or a damaged library, worded as one line. */
export class LibraryError extends Error {}
