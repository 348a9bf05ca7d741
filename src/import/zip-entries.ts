// Record signatures and field offsets from PKWARE's APPNOTE (the ZIP format Office files use).
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const ENTRY_HEADER_SIZE = 46;
// The end record may be followed by a comment of up to 65,535 bytes.
const LONGEST_COMMENT = 0xffff;

/** Whether the bytes open as a ZIP archive does: `PK\x03\x04`. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The names of the files a ZIP archive holds, read from its central directory; `undefined`
 * when the directory is missing or runs past the end (a truncated or damaged archive).
 */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endRecordAt(view);
  if (end === undefined) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (at + ENTRY_HEADER_SIZE > end || view.getUint32(at, true) !== DIRECTORY_ENTRY)
      return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const skip = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const nameAt = at + ENTRY_HEADER_SIZE;
    if (nameAt + nameLength > end) return undefined;
    names.push(Buffer.from(bytes.subarray(nameAt, nameAt + nameLength)).toString('utf8'));
    at = nameAt + nameLength + skip;
  }
  return names;
}

function endRecordAt(view: DataView): number | undefined {
  const last = view.byteLength - END_RECORD_SIZE;
  for (let at = last; at >= 0 && at >= last - LONGEST_COMMENT; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return undefined;
}
