// Calls to the queue server's REST API with the console's session cookie. Every change carries the
// XSRF-TOKEN cookie's value in a header, which a page from another site cannot read. A request
// that finds the session gone sends the user to the sign-in page and back afterwards.

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || `HTTP ${status}`);
    this.status = status;
    this.code = body && body.code;
    this.field = body && body.field;
  }
}

function xsrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = xsrfToken();
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 && !path.startsWith('/api/session')) {
    signInAgain();
    throw new ApiError(401, { message: 'signed out' });
  }
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, json);
  }
  return json;
}

export function signInAgain() {
  const back = encodeURIComponent(location.pathname + location.search);
  location.href = `/console/?next=${back}`;
}

/** The signed-in account, or null. Also makes sure the XSRF-TOKEN cookie is set. */
export async function currentSession() {
  try {
    return await api('GET', '/api/session');
  } catch (e) {
    if (e.status === 401) {
      return null;
    }
    throw e;
  }
}

export async function signOut() {
  try {
    await api('DELETE', '/api/session');
  } finally {
    location.href = '/console/';
  }
}
