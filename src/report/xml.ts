/** Text safe inside an XML attribute or element: escaped, without characters XML 1.0 forbids. */
export function xmlEscape(value: string): string {
  return (
    value
      // Control characters other than tab and line breaks, lone surrogates and U+FFFE/U+FFFF.
      .replace(
        // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
        '',
      )
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}
