import { describe, expect, it } from 'vitest';

import { decodeImportBytes } from './user-figures-decode';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** "IT设备,12.5,3\n" as Excel on Chinese Windows saves it (GBK): 设 = C9 E8, 备 = B1 B8. */
const gbk = new Uint8Array([
  0x49, 0x54, 0xc9, 0xe8, 0xb1, 0xb8, 0x2c, 0x31, 0x32, 0x2e, 0x35, 0x2c, 0x33, 0x0a,
]);

describe('decodeImportBytes', () => {
  it('reads UTF-8 (with or without a BOM) as UTF-8', () => {
    expect(decodeImportBytes(utf8('华为鸿蒙,1,2'))).toEqual({
      ok: true,
      text: '华为鸿蒙,1,2',
      encoding: 'utf-8',
    });
    expect(decodeImportBytes(utf8('\uFEFFa,1,2'))).toMatchObject({ text: 'a,1,2' });
    expect(decodeImportBytes(utf8('plain ascii'))).toMatchObject({ encoding: 'utf-8' });
  });

  it('falls back to GB18030 for a GBK file instead of showing mojibake', () => {
    expect(decodeImportBytes(gbk)).toEqual({
      ok: true,
      text: 'IT设备,12.5,3\n',
      encoding: 'gb18030',
    });
  });

  it('reads GB18030’s four-byte sequences too', () => {
    // U+1F600 😀 in GB18030 is 94 39 FC 36 (GBK has no emoji).
    expect(decodeImportBytes(new Uint8Array([0x94, 0x39, 0xfc, 0x36]))).toMatchObject({
      text: '😀',
      encoding: 'gb18030',
    });
  });

  it('reads UTF-16 by its byte-order mark (Excel’s “Unicode text”)', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x4e, 0x53, 0x3a, 0x4e]); // 华为 in UTF-16LE
    expect(decodeImportBytes(le)).toEqual({ ok: true, text: '华为', encoding: 'utf-16le' });
    const be = new Uint8Array([0xfe, 0xff, 0x53, 0x4e, 0x4e, 0x3a]);
    expect(decodeImportBytes(be)).toEqual({ ok: true, text: '华为', encoding: 'utf-16be' });
  });

  it('says when the bytes are neither UTF-8 nor GB18030', () => {
    // 0xFF is never a lead byte in GB18030 and never valid in UTF-8.
    expect(decodeImportBytes(new Uint8Array([0x61, 0xff, 0x62]))).toEqual({
      ok: false,
      reason: 'encoding',
    });
    // A lead byte cut off at the end of the file.
    expect(decodeImportBytes(new Uint8Array([0x61, 0x81]))).toEqual({
      ok: false,
      reason: 'encoding',
    });
  });

  it('calls a file with NUL bytes binary, not text', () => {
    expect(decodeImportBytes(new Uint8Array([80, 75, 3, 4, 0, 0, 1]))).toEqual({
      ok: false,
      reason: 'binary',
    });
  });
});
