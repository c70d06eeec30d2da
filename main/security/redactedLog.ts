/**
 * What the main process writes to its log (stderr, which a launcher or the OS may keep in
 * a file beside the profile): the event and the kind of failure, never what the failing
 * call carried. An error's message can quote the data it choked on or the path of a file
 * the user named after a person, so only its name and system code are kept; zod issues
 * keep their path and code, not their message or input; a URL keeps its origin only.
 */
export function redactedLogLine(message: string, detail?: unknown): string {
  const described = detail === undefined ? undefined : describeDetail(detail);
  return described === undefined ? `[ercms] ${message}` : `[ercms] ${message} (${described})`;
}

/** The origin of a URL (its path and query may carry what was typed); the scheme alone for one without an origin (mailto:, data:). */
export function urlForLog(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? parsed.protocol : parsed.origin;
  } catch {
    return 'an unreadable address';
  }
}

function describeDetail(detail: unknown): string {
  if (detail instanceof Error) {
    const code = Reflect.get(detail, 'code');
    return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? `${detail.name} ${code}` : detail.name;
  }
  if (typeof detail === 'string') return urlForLog(detail);
  if (Array.isArray(detail)) return detail.map(describeIssue).join('; ');
  return typeof detail;
}

/** A zod issue: where and which kind, e.g. `path.to.field: invalid_type`. */
function describeIssue(issue: unknown): string {
  if (typeof issue !== 'object' || issue === null) return typeof issue;
  const path = Reflect.get(issue, 'path');
  const code = Reflect.get(issue, 'code');
  const where = Array.isArray(path) ? path.map((part) => (typeof part === 'number' ? String(part) : typeof part === 'string' ? part : '?')).join('.') : '';
  return `${where}: ${typeof code === 'string' ? code : 'issue'}`;
}
