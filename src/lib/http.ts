/**
 * `Content-Disposition: attachment` for a download (RFC 6266 / RFC 5987): an ASCII fallback name
 * (non-ASCII, quotes and backslashes made `_`; by default from the name itself) and the UTF-8 name
 * percent-encoded as an RFC 5987 value, so Chinese file names survive. The one home of the header
 * (issue 20): exports, the org-chart template and evidence downloads use it.
 */
export function contentDisposition(filename: string, asciiFallback: string = filename): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
