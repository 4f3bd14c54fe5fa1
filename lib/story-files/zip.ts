import { crc32, inflateRawSync } from "node:zlib";
import { zipSync, type Zippable } from "fflate";
import { ImportLimitError } from "./limits";

/**
 * Zip archives of story files. Writing uses fflate. Reading is our own small reader of the central
 * directory on top of Node's zlib, because an uploaded archive is untrusted: every size is checked
 * against a limit before anything is inflated, and inflating stops at the size the archive declared
 * (zlib's maxOutputLength), so an entry that lies about its size can never expand past it — a zip
 * bomb costs at most the budget the caller grants, never memory or minutes.
 */

/** An archive, or one entry of it, that cannot be read; the message says why in plain words. */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipFormatError";
  }
}

/** One entry as the central directory describes it; nothing is inflated yet. */
export interface ZipEntryInfo {
  name: string;
  directory: boolean;
  /** Uncompressed size as declared by the archive; extraction never produces more. */
  size: number;
  compressedSize: number;
  method: number;
  encrypted: boolean;
  crc: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

const utf8 = new TextDecoder("utf-8");

/**
 * Lists the entries of a zip archive from its central directory. Throws ImportLimitError when it holds
 * more than `maxEntries` entries (checked before any entry is read) and ZipFormatError when the bytes
 * are not a zip archive this reader understands (ZIP64, split archives).
 */
export function listZipEntries(bytes: Uint8Array, maxEntries: number): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let at = bytes.length - EOCD_SIZE; at >= Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT); at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("This is not a zip archive (or it is damaged): its table of contents is missing.");

  const disk = view.getUint16(eocd + 4, true);
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (disk !== 0) throw new ZipFormatError("Split (multi-part) zip archives are not supported.");
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new ZipFormatError("ZIP64 archives are not supported; a story bank's archive never needs one.");
  }
  if (count > maxEntries) {
    throw new ImportLimitError(`A zip archive may hold at most ${maxEntries.toLocaleString("en-US")} entries; this one holds ${count.toLocaleString("en-US")}.`);
  }
  if (directoryOffset + directorySize > eocd) throw new ZipFormatError("The zip archive is damaged: its table of contents is out of bounds.");

  const entries: ZipEntryInfo[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError("The zip archive is damaged: an entry of its table of contents is unreadable.");
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > eocd) throw new ZipFormatError("The zip archive is damaged: an entry name is out of bounds.");
    // Names are UTF-8 when flag bit 11 says so, and in practice nearly always otherwise too.
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      name,
      directory: name.endsWith("/") || name.endsWith("\\"),
      method: view.getUint16(at + 10, true),
      encrypted: (flags & 1) !== 0,
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Inflates one entry. The output is capped at the entry's declared size (the caller has already
 * checked that size against its limits) and must match it and the entry's CRC-32 exactly, so a
 * truncated, padded or tampered entry is an error, never a silently different file.
 */
export function extractZipEntry(bytes: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  if (entry.encrypted) throw new ZipFormatError("The file is encrypted; export it again without a password.");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) {
    throw new ZipFormatError("The zip entry is damaged: its header is missing.");
  }
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError("The zip entry is damaged: its data is cut short.");
  const compressed = bytes.subarray(start, end);

  let data: Uint8Array;
  if (entry.method === 0) {
    data = compressed;
  } else if (entry.method === 8) {
    try {
      data = inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.size) });
    } catch {
      throw new ZipFormatError("The zip entry is damaged or larger than the archive says; it was not read.");
    }
  } else {
    throw new ZipFormatError(`The zip entry uses compression method ${entry.method}, which is not supported; use "deflate" or none.`);
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc) {
    throw new ZipFormatError("The zip entry is damaged: its contents do not match its checksum.");
  }
  return data;
}

/** A zip archive of the given files (name → bytes), each dated `modified` (the story's last edit). */
export function writeZip(files: readonly { name: string; data: Uint8Array; modified: Date }[]): Uint8Array {
  const zippable: Zippable = {};
  for (const file of files) zippable[file.name] = [file.data, { mtime: file.modified, level: 6 }];
  return zipSync(zippable);
}
