// Text that comes from inputs (file names, reasons that quote them, titles) as it is printed
// to a terminal: control characters and the marks that reorder text are shown escaped, so
// that a file name can neither move the cursor, clear a line, nor forge a line of its own.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: { [character: string]: string } = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\x1b': '\\e' };

/** `text` with its unsafe characters escaped; with `keepLineEnds`, a message's own line ends are kept. */
export function terminalSafe(text: string, keepLineEnds = false): string {
  return text.replace(UNSAFE, (character) => {
    if (keepLineEnds && character === '\n') return character;
    return NAMED[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
