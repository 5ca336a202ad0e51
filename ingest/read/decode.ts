// Strict UTF-8 decoding that says where the first bad byte is, so the user can find and fix it.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type Decoded = { text: string } | { problem: string; line: number | null };

/** True when the bytes look like a binary file rather than text (a NUL byte near the start). */
export function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

export function decodeUtf8(bytes: Buffer, firstLine = 1): Decoded {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    let line = firstLine;
    let start = 0;
    for (let nl = bytes.indexOf(10); ; nl = bytes.indexOf(10, start)) {
      const end = nl === -1 ? bytes.length : nl;
      try { strict.decode(bytes.subarray(start, end)); } catch { return { problem: 'invalid UTF-8 (save the file as UTF-8)', line }; }
      if (nl === -1) break;
      start = nl + 1; line++;
    }
    return { problem: 'invalid UTF-8 (save the file as UTF-8)', line: null };
  }
}
