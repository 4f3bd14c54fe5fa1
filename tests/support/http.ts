/** Builds a Request like the one Next hands a route handler, for calling handlers directly. */
export function jsonRequest(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Request {
  const init: RequestInit = { method, headers: { host: "127.0.0.1:3000", ...headers } };
  if (body !== undefined) {
    init.body = typeof body === "string" ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)["content-type"] ??= "application/json";
  }
  return new Request(`http://127.0.0.1:3000${path}`, init);
}

/** The second argument Next passes a dynamic route handler. */
export function routeContext(id: string) {
  return { params: Promise.resolve({ id }) };
}
