/**
 * Bytes → text for an imported file, before any tokenizing (bytes → text → rows; the tokenizer in
 * user-figures.ts only ever sees text).
 *
 * Excel on Chinese Windows saves "CSV (逗号分隔)" in GBK, not UTF-8; "Unicode 文本" is UTF-16 with a
 * byte-order mark. So: a UTF-16 BOM decides UTF-16; otherwise the bytes are decoded strictly as
 * UTF-8 (any invalid sequence fails, nothing is replaced by "�"), and when that fails strictly as
 * GB18030, the superset of GBK that browsers implement. Real GBK text is practically never valid
 * UTF-8, and UTF-8 is tried first, so the order does not misread either. When neither decodes,
 * the caller says so in words rather than showing mojibake.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName }
  /** `binary`: NUL bytes, so not a text file at all; `encoding`: text in an encoding we do not read. */
  | { ok: false; reason: 'binary' | 'encoding' };

function strictDecode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    // fatal: an invalid sequence throws instead of becoming U+FFFD. The BOM, if any, is dropped.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    // Invalid bytes, or a browser without this encoding (RangeError): not decodable as it.
    return null;
  }
}

/** Decodes an imported file's bytes, saying which encoding was used. */
export function decodeImportBytes(bytes: Uint8Array): DecodedText {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16) {
    const text = strictDecode(bytes, utf16);
    return text === null || text.includes('\u0000')
      ? { ok: false, reason: 'binary' }
      : { ok: true, text, encoding: utf16 };
  }
  // No text encoding we read puts a NUL byte in text: this is a spreadsheet, an archive, an image.
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const text = strictDecode(bytes, encoding);
    if (text !== null) return { ok: true, text, encoding };
  }
  return { ok: false, reason: 'encoding' };
}
