// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The one redaction rule for the feed's source URL, wherever it is shown, stored or logged.
// Stricter than common/config.ts redactUrl (password only): a feed URL often carries its access
// token in the query string or the user part, so everything but scheme, host, port and path goes.

/** The URL without user, password, query string and fragment; unparseable text is not echoed. */
export function redactFeedUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '(unparseable URL)';
  }
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  return url.toString();
}

/** Anything that looks like a URL inside a text (e.g. an error message), redacted as above. */
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*/gi;

export function redactUrlsIn(text: string): string {
  return text.replace(URL_IN_TEXT, (match) => redactFeedUrl(match));
}
