/**
 * Bidirectional text from outside the app (datasets, imported cells, file names, the address bar).
 *
 * A right-to-left override (U+202E) or an Arabic/Hebrew word inside a value must not reorder the
 * app's own sentence around it ("第 2 行：“‮evil.exe”不是…" would otherwise print backwards after
 * the value). Such a value is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the
 * plain-text equivalent of <bdi>, which works in text nodes, attributes, tooltips, grid headers and
 * the document title alike. Values without right-to-left letters or controls cannot reorder
 * anything in a zh/en page and are returned unchanged, so the report's text stays byte for byte
 * what it prints.
 */

const FSI = '\u2068';
const PDI = '\u2069';
/** LRI, RLI, FSI: each opens an isolate that a PDI closes. */
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', FSI]);

/** Embeddings, overrides, isolates (UAX #9 explicit formatting) and the invisible marks LRM, RLM, ALM. */
const BIDI_FORMATTING = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
/**
 * Anything that can change the order of neighbouring text: explicit controls, RLM/ALM, and strong
 * right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their
 * presentation forms, and the supplementary-plane RTL scripts).
 */
const DIRECTIONAL =
  /[\u0590-\u08FF\u061C\u200F\u202A-\u202E\u2066-\u2069\uFB1D-\uFDFF\uFE70-\uFEFE\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** True when `text` could reorder the text around it. */
export function hasBidiEffect(text: string): boolean {
  return DIRECTIONAL.test(text);
}

/**
 * Closes what `text` leaves open and drops what it closes that it never opened. A stray PDI would
 * otherwise close *our* isolate early and let the rest of the value (an RLO, say) out; an isolate
 * it opens and never closes would swallow our closing PDI. Embeddings and overrides need no care:
 * the closing PDI ends every one opened inside the isolate.
 */
function balanceIsolates(text: string): string {
  let depth = 0;
  let out = '';
  for (const char of text) {
    if (ISOLATE_OPENERS.has(char)) depth += 1;
    else if (char === PDI) {
      if (depth === 0) continue;
      depth -= 1;
    }
    out += char;
  }
  return out + PDI.repeat(depth);
}

/**
 * `text` as a directional isolate when it could reorder its surroundings, else unchanged. (An
 * isolated dataset value interpolated into a sentence is isolated twice: harmless, and cheaper
 * than checking.)
 */
export function isolateBidi(text: string): string {
  if (!hasBidiEffect(text)) return text;
  return `${FSI}${balanceIsolates(text)}${PDI}`;
}

/**
 * `text` without bidi controls and marks, for values that are identifiers (a file name, a code):
 * nobody means "‮gpj.exe" to read as "exe.jpg".
 */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_FORMATTING, '');
}
