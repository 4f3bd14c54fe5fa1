import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Story Bank", template: "%s · Story Bank" },
  description: "Write, lint and map your STAR interview stories. Everything stays on this machine.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <nav aria-label="Main">
            <Link href="/" className="brand">
              Story Bank
            </Link>
            <Link href="/">Stories</Link>
            <Link href="/coverage">Coverage</Link>
            <Link href="/loop">Loop planner</Link>
            <Link href="/interview-day">Interview day</Link>
            <Link href="/rules">Rules</Link>
            <Link href="/settings">Settings</Link>
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
