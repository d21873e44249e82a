/** The servers' libraries live beside the bundled articles as a dot-file, which the folder loader never reads. */
export const LIBRARY_FILE = '.dossier-library.sqlite';
