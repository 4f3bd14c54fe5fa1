import Link from "next/link";

export default function NotFound() {
  return (
    <div>
      <h1>Not found</h1>
      <p>There is no such page or story. It may have been moved to the trash.</p>
      <p>
        <Link href="/">Back to your stories</Link>
      </p>
    </div>
  );
}
