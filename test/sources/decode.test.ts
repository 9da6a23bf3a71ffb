import { describe, expect, it } from 'vitest';
import { DecodeError, decode } from '../../src/sources/decode.js';

describe('decode', () => {
  it('reads UTF-8 and strips a BOM, remembering it', () => {
    expect(decode(Buffer.from('\ufeffHi Dana', 'utf8'))).toEqual({
      text: 'Hi Dana',
      encoding: 'utf-8',
      bom: true,
    });
    expect(decode(Buffer.from('Hi Dana', 'utf8'))).toEqual({
      text: 'Hi Dana',
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('reads UTF-16 with a BOM, both byte orders', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi é', 'utf16le')]);
    expect(decode(le)).toMatchObject({ text: 'Hi é', encoding: 'utf-16le' });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({
      text: 'Hi é',
      encoding: 'utf-16be',
    });
  });

  it('rejects binary files and invalid UTF-8 with a reason', () => {
    expect(() => decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))).toThrow(/binary/);
    expect(() => decode(Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28]))).toThrow(DecodeError);
    expect(() => decode(Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28]))).toThrow(/offset 3/);
  });
});
