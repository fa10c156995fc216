/** The URL as a string if it is an absolute http(s) URL, else null: cards never link anything else. */
export function safeHttpUrl(raw: string): string | null {
  if (raw.length > 2000) return null;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Short label for a source link: its publisher, else its host. */
export function sourceLabel(url: string, publisher?: string): string {
  if (publisher) return publisher;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
