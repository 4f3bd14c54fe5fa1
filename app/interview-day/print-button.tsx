"use client";

/** Opens the browser's print dialog; the page's print stylesheet makes the sheet fit paper. */
export function PrintButton({ className }: { className?: string }) {
  return (
    <button type="button" className={`button secondary ${className ?? ""}`} onClick={() => window.print()}>
      Print
    </button>
  );
}
