/** One input line, or the note that it was too long to keep. */
export type BoundedLine = { text: string } | { tooLong: number };

/**
 * Splits a byte stream into lines (LF or CRLF) without ever holding more than `maxBytes` of one
 * line: a longer line is skipped to its end and reported by its length. A final line without a
 * newline counts; the newline ending the input does not start another line.
 */
export async function* boundedLines(
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  maxBytes: number,
): AsyncGenerator<BoundedLine> {
  let parts: Buffer[] = [];
  let kept = 0;
  let dropped = 0;
  const finish = (): BoundedLine => {
    const line: BoundedLine =
      dropped > 0
        ? { tooLong: kept + dropped }
        : { text: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') };
    parts = [];
    kept = 0;
    dropped = 0;
    return line;
  };
  const take = (piece: Buffer) => {
    if (dropped > 0 || kept + piece.length > maxBytes) {
      dropped += piece.length;
      return;
    }
    parts.push(piece);
    kept += piece.length;
  };
  let pending = false;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let end = bytes.indexOf(10, start); end !== -1; end = bytes.indexOf(10, start)) {
      take(bytes.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    if (start < bytes.length) {
      // Copied: the stream may reuse its buffer for the next chunk.
      take(Buffer.from(bytes.subarray(start)));
      pending = true;
    } else pending = false;
  }
  if (pending || kept > 0 || dropped > 0) yield finish();
}
