"use client";

/** Shown when a page throws something unexpected: a written message, never a raw exception. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Your stories are safe: nothing was changed.</p>
      {error.digest ? <p className="muted">Reference: {error.digest} (see the server log)</p> : null}
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
