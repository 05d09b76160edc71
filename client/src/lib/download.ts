// Files the API answers for download (CSV exports): their names and handing them to the browser.
import { ApiError, type Problem } from '@/api/problem';

/**
 * The file name a Content-Disposition header gives (RFC 6266): `filename*` (RFC 8187,
 * `UTF-8''percent-encoded`) first, then `filename` (quoted or a token); anything that could
 * name a folder is stripped. Without one, `fallback`.
 */
export function attachmentFileName(header: string | null | undefined, fallback: string): string {
  if (!header) return fallback;
  const params = parseParams(header);
  const extended = params.get('filename*');
  let name: string | undefined;
  if (extended) {
    const m = /^([\w!#$%&+^`{}~-]+)'[^']*'(.*)$/.exec(extended);
    if (m) {
      try {
        name = m[1].toLowerCase() === 'utf-8' ? decodeURIComponent(m[2]) : m[2].replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      } catch {
        name = undefined;
      }
    }
  }
  name ??= params.get('filename');
  const safe = name
    ?.split(/[/\\]/)
    .pop()
    // eslint-disable-next-line no-control-regex
    ?.replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '')
    .trim();
  return safe && safe !== '.' && safe !== '..' ? safe : fallback;
}

/** `attachment; a=b; c="d; e"` → Map { a → b, c → d; e } (names lower-cased). */
function parseParams(header: string): Map<string, string> {
  const params = new Map<string, string>();
  const re = /;\s*([^\s=;]+)\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]*)/g;
  for (const m of header.matchAll(re)) {
    const key = m[1].toLowerCase();
    const value = m[3] !== undefined ? m[3].replace(/\\(.)/g, '$1') : m[2].trim();
    if (!params.has(key)) params.set(key, value);
  }
  return params;
}

/** Hands a Blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file the API answered through the one API client (openapi-fetch with `parseAs: 'blob'`): its
 * Blob and the name Content-Disposition gives (else `fallback`). An error answer throws ApiError.
 */
export function downloadedFile(result: { data?: unknown; error?: unknown; response: Response }, fallback: string): { blob: Blob; fileName: string } {
  if (!result.response.ok) {
    // openapi-fetch reads error bodies as JSON (problem details) whatever parseAs says.
    const error = result.error;
    throw new ApiError(result.response.status, typeof error === 'object' && error !== null ? (error as Problem) : undefined);
  }
  return { blob: result.data as Blob, fileName: attachmentFileName(result.response.headers.get('Content-Disposition'), fallback) };
}
