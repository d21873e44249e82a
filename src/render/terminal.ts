/**
 * Text bound for a terminal, made inert: article text and file names are data, and a terminal acts on control
 * characters instead of showing them (OSC 52 writes the clipboard, CSI 2J clears the screen, CR overwrites the
 * line, U+009B is a one-character CSI, direction overrides make text read other than it is). Every CLI write
 * passes here (src/cli/output.ts); newlines and tabs are layout and stay.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw but a terminal still acts on: DEL, C1 controls, direction overrides. */
const UNESCAPED_BY_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROLS, '');
}

/**
 * A value as JSON for a terminal: the same JSON value (C0 controls are escaped by JSON.stringify already, and
 * the rest can only occur inside strings, where `\uXXXX` means the same character), no raw control character.
 */
export function terminalJson(value: unknown): string {
  return escapeRawControls(JSON.stringify(value, null, 2));
}

/** JSON text (a log line too) with the control characters JSON.stringify leaves raw written as `\uXXXX`. */
export function escapeRawControls(json: string): string {
  return json.replace(UNESCAPED_BY_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
