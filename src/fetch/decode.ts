/**
 * A fetched body as text, decoded by the charset its Content-Type names, UTF-8 when it names none
 * or one TextDecoder does not know. A charset declared only inside an HTML <meta> tag is left to
 * the HTML reader.
 */
export function decodeText(body: Uint8Array, contentType: string): string {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  if (charset) {
    try {
      return new TextDecoder(charset).decode(body);
    } catch {
      // unknown label: fall through to UTF-8, the web's default
    }
  }
  return new TextDecoder('utf-8').decode(body);
}
